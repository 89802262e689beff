#ifndef THREAD_SANITIZER_SHIMS_H
#define THREAD_SANITIZER_SHIMS_H

/// Tells ThreadSanitizer that the calling thread acquires the synchronisation object at `address`:
/// everything done before the last `tsanshim_release` of that address happens before what follows.
/// Does nothing in a build without ThreadSanitizer.
void tsanshim_acquire(const void *address);

/// Tells ThreadSanitizer that the calling thread releases the synchronisation object at `address`.
/// Does nothing in a build without ThreadSanitizer.
void tsanshim_release(const void *address);

#endif
