#include "stance/cli/run.hpp"

int main(int argc, char** argv) { return stance::cli::run(argc, argv); }
