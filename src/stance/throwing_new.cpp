// operator new that throws std::bad_alloc when memory runs out. mimalloc, which replaces malloc
// in this executable, also replaces operator new with one that aborts then (its C code cannot
// see a new handler, nor throw). These take precedence over it, allocate with malloc (that is,
// mimalloc) and throw, so that `stance` says "out of memory" (exit 3) and a build leaves the old
// store as it was. The matching operator delete is mimalloc's (free).
#include <cstdlib>
#include <new>

void* operator new(std::size_t size) {
    if (void* block = std::malloc(size == 0 ? 1 : size)) return block;
    throw std::bad_alloc();
}

void* operator new[](std::size_t size) { return ::operator new(size); }

void* operator new(std::size_t size, std::align_val_t alignment) {
    auto align = static_cast<std::size_t>(alignment);
    std::size_t rounded = (size == 0 ? align : (size + align - 1) / align * align);
    if (void* block = std::aligned_alloc(align, rounded)) return block;
    throw std::bad_alloc();
}

void* operator new[](std::size_t size, std::align_val_t alignment) { return ::operator new(size, alignment); }
