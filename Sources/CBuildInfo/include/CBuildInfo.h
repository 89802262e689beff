#ifndef CBUILDINFO_H
#define CBUILDINFO_H

/// The git commit the binary was built from (short hash, "-dirty" when the
/// tree had uncommitted changes), or "unknown" for a build that did not go
/// through the Makefile.
const char *buildinfo_commit(void);

#endif
