#ifndef PROCESS_SHIMS_H
#define PROCESS_SHIMS_H

/// Marks the calling process non-dumpable (prctl PR_SET_DUMPABLE 0): no core file is written, and
/// other processes of the same user can neither ptrace it nor read its memory under /proc.
/// Returns 0, or -1 with errno set.
int process_forbid_dumps(void);

#endif
