#include "ThreadSanitizerShims.h"

// SwiftPM compiles C targets with -fsanitize=thread too when asked for --sanitize=thread.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define THREAD_SANITIZER_ACTIVE 1
#endif
#endif

#ifdef THREAD_SANITIZER_ACTIVE
// The annotation interface of the ThreadSanitizer runtime (compiler-rt's tsan_interface.h).
void __tsan_acquire(void *address);
void __tsan_release(void *address);

void tsanshim_acquire(const void *address) { __tsan_acquire((void *)address); }
void tsanshim_release(const void *address) { __tsan_release((void *)address); }
#else
void tsanshim_acquire(const void *address) { (void)address; }
void tsanshim_release(const void *address) { (void)address; }
#endif
