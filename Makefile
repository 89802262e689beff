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

# The Swift runtime, Foundation and the C++ library under the runtime are linked in (the link
# finds libstdc++.a first, through a directory that holds only it); libc, libcurl and ncursesw stay
# shared system libraries. No $$ORIGIN RUNPATH: nothing is loaded from beside the binary, and
# Debian policy forbids it. Relocations are resolved at start-up and then made read-only
# (relro, now). The -I puts the generated commit header on the C include path.
# Resident memory (BENCHMARKS.md, row 8): the kernel maps a binary's code 64 KiB at a time
# around every page a program touches, so the code a console runs from start to idle is laid
# out together. Every function gets its own section and lld places the functions listed in
# packaging/function-order.txt (written by scripts/order-functions.sh) first; the binary exports
# no symbols (nothing loads it as a library), which spares the loader a 400 KiB symbol table. The
# functions without a symbol, which the list cannot name, go just before it
# (packaging/unnamed-functions.ld).
STATIC_CXX_DIR      := $(abspath $(SCRATCH))/static-libstdc++
LINK_FLAGS          := -Xswiftc -L -Xswiftc $(STATIC_CXX_DIR) -Xswiftc -use-ld=lld -Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now \
                       -Xlinker --no-export-dynamic \
                       -Xlinker --symbol-ordering-file=$(abspath packaging/function-order.txt) \
                       -Xlinker --no-warn-symbol-ordering \
                       -Xlinker -T -Xlinker $(abspath packaging/unnamed-functions.ld)
SWIFT_RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath --scratch-path $(SCRATCH) \
                       -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections \
                       -Xcc -I$(BUILDINFO) $(LINK_FLAGS)

.PHONY: help static-cxx release binary manual completions install install-files uninstall deb check-release setup bench bench-tool

help:
	@sed -n 's/^#   //p' Makefile

release: binary manual completions
	@echo "Built meeting-tui $(VERSION) in $(DIST)/: meeting-tui, meeting-tui.1, completions/"

# The directory through which the release link finds libstdc++.a before libstdc++.so.
static-cxx:
	mkdir -p $(STATIC_CXX_DIR)
	ln -sf "$$(clang -print-file-name=libstdc++.a)" $(STATIC_CXX_DIR)/libstdc++.a

# The binary is rebuilt by SwiftPM when anything changed (a no-op otherwise), then stripped.
# SwiftPM does not see the layout files, so a newer one removes the binary to relink it.
binary: static-cxx
	scripts/buildinfo.sh write-header $(BUILDINFO)
	for layout in packaging/function-order.txt packaging/unnamed-functions.ld; do \
		if [ $$layout -nt $(RELEASE_BIN) ]; then rm -f $(RELEASE_BIN); fi; \
	done
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
bench-tool: static-cxx
	scripts/buildinfo.sh write-header $(BUILDINFO)
	$(SWIFT) build $(SWIFT_RELEASE_FLAGS) --product meeting-bench
