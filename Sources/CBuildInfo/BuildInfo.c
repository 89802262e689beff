#include "CBuildInfo.h"

// The Makefile writes `meeting_tui_commit.h` (one `#define MEETING_TUI_COMMIT "abc1234"`)
// into the build directory and puts that directory on the include path, so the commit
// reaches the binary without a generated file in the source tree. Only this file
// recompiles when the commit changes. A plain `swift build` finds no such header.
#if __has_include("meeting_tui_commit.h")
#include "meeting_tui_commit.h"
#endif

#ifndef MEETING_TUI_COMMIT
#define MEETING_TUI_COMMIT "unknown"
#endif

const char *buildinfo_commit(void) {
    return MEETING_TUI_COMMIT;
}
