# Build, install and package meeting-tui.  `make help` lists the targets.
#
#   make release                  self-contained binary + man page + completions in dist/
#   make install [PREFIX=/usr/local] [DESTDIR=]
#   make uninstall [PREFIX=/usr/local] [DESTDIR=]
#   make deb                      dist/meeting-tui_VERSION_ARCH.deb
#   make check-release            the release checks (ldd, clean environment, .deb, lintian)
#   make setup                    install the system packages the build needs (as root)
#   make bench [BENCH_ARGS=--quick]  the benchmarks against the simulator (BENCHMARKS.md)

SWIFT       ?= swift
# The release build has its own scratch directory so it never fights a debug `swift build`.
SCRATCH     ?= .build-release
DIST        ?= dist

PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
# zsh searches vendor-completions for distribution packages and site-functions for local installs.
ZSHCOMPDIR  ?= $(if $(filter /usr,$(PREFIX)),$(PREFIX)/share/zsh/vendor-completions,$(PREFIX)/share/zsh/site-functions)
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

INSTALL     ?= install
STRIP       ?= strip

VERSION     := $(shell scripts/buildinfo.sh version)
BUILDINFO   := $(abspath $(SCRATCH))/buildinfo
RELEASE_BIN := $(SCRATCH)/release/meeting-tui
MANUAL_TOOL := $(SCRATCH)/release/generate-manual

# The Swift runtime and Foundation are linked in; libc, libstdc++, libcurl and ncursesw stay
# shared system libraries. No $$ORIGIN RUNPATH: nothing is loaded from beside the binary, and
# Debian policy forbids it. Relocations are resolved at start-up and then made read-only
# (relro, now). The -I puts the generated commit header on the C include path.
LINK_FLAGS          := -Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now
SWIFT_RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath --scratch-path $(SCRATCH) \
                       -Xcc -I$(BUILDINFO) $(LINK_FLAGS)

.PHONY: help release binary manual completions install install-files uninstall deb check-release setup bench bench-tool

help:
	@sed -n 's/^#   //p' Makefile

release: binary manual completions
	@echo "Built meeting-tui $(VERSION) in $(DIST)/: meeting-tui, meeting-tui.1, completions/"

# The binary is rebuilt by SwiftPM when anything changed (a no-op otherwise), then stripped.
binary:
	scripts/buildinfo.sh write-header $(BUILDINFO)
	$(SWIFT) build $(SWIFT_RELEASE_FLAGS) --product meeting-tui
	mkdir -p $(DIST)
	$(STRIP) --remove-section=.comment --remove-section=.note -o $(DIST)/meeting-tui $(RELEASE_BIN)

# ArgumentParser's generate-manual tool (the engine of its generate-manual plugin, built here
# directly so it shares the release build) reads `meeting-tui --experimental-dump-help`.
# The date is the commit's, so the same commit yields the same page.
manual: binary
	$(SWIFT) build $(SWIFT_RELEASE_FLAGS) --product generate-manual
	$(MANUAL_TOOL) $(DIST)/meeting-tui --date $$(git log -1 --format=%cs 2>/dev/null || date -u +%F) \
		--output-directory $(DIST)

# bash-completion sources its files: the generated script's #! line has no use there.
completions: binary
	mkdir -p $(DIST)/completions
	$(DIST)/meeting-tui --generate-completion-script bash >$(DIST)/completions/meeting-tui.bash
	sed -i '1{/^#!/d;}' $(DIST)/completions/meeting-tui.bash
	$(DIST)/meeting-tui --generate-completion-script zsh >$(DIST)/completions/_meeting-tui
	$(DIST)/meeting-tui --generate-completion-script fish >$(DIST)/completions/meeting-tui.fish

install: release
	$(MAKE) --no-print-directory install-files

# Installs what `make release` left in $(DIST); the .deb is staged with it too.
install-files:
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	$(INSTALL) -m 0755 $(DIST)/meeting-tui $(DESTDIR)$(BINDIR)/meeting-tui
	$(INSTALL) -m 0644 $(DIST)/meeting-tui.1 $(DESTDIR)$(MANDIR)/man1/meeting-tui.1
	$(INSTALL) -m 0644 $(DIST)/completions/meeting-tui.bash $(DESTDIR)$(BASHCOMPDIR)/meeting-tui
	$(INSTALL) -m 0644 $(DIST)/completions/_meeting-tui $(DESTDIR)$(ZSHCOMPDIR)/_meeting-tui
	$(INSTALL) -m 0644 $(DIST)/completions/meeting-tui.fish $(DESTDIR)$(FISHCOMPDIR)/meeting-tui.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/meeting-tui $(DESTDIR)$(MANDIR)/man1/meeting-tui.1 \
		$(DESTDIR)$(BASHCOMPDIR)/meeting-tui $(DESTDIR)$(ZSHCOMPDIR)/_meeting-tui \
		$(DESTDIR)$(FISHCOMPDIR)/meeting-tui.fish

deb: release
	scripts/build-deb.sh $(DIST)

check-release:
	scripts/check-release.sh

setup:
	scripts/setup.sh

bench:
	scripts/bench.sh $(BENCH_ARGS)

# meeting-bench, built with the release flags so that it shares the release build (scripts/bench.sh).
bench-tool:
	scripts/buildinfo.sh write-header $(BUILDINFO)
	$(SWIFT) build $(SWIFT_RELEASE_FLAGS) --product meeting-bench
