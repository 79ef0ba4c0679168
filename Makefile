# mayorbox - one flat Makefile (STYLE.md, 14).
#
#   make            build build/mayorbox
#   make check      test build (ASan + UBSan) and every test; ends "N passed, N failed"
#   make faults     fault tests of `mayorbox run` (kill -9, Dovecot restart, two
#                   gateways, quarantine) against real Dovecot and PostgreSQL
#   make demo       the main job on the sample letters
#   make fuzz       libFuzzer targets, FUZZ_SECONDS each
#   make bench      benchmarks
#   make lint       banned libc calls
#   make install    PREFIX, DESTDIR, SYSCONFDIR honoured (program, rules, schema, calendar,
#                   man pages, example, systemd unit, sysusers.d, tmpfiles.d)
#   make deb        the Debian package (dpkg-buildpackage -us -uc), with lintian

VERSION    = 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
# /etc/mayorbox/mayorbox.conf whatever the PREFIX (a daemon's configuration
# is the machine's); the data (rules, schema) in PREFIX/share/mayorbox
SYSCONFDIR ?= /etc
DATADIR   ?= $(PREFIX)/share/mayorbox
MANDIR    ?= $(PREFIX)/share/man
# systemd's folders: the unit, sysusers.d, tmpfiles.d
UNITDIR   ?= $(PREFIX)/lib/systemd/system
SYSUSERSDIR ?= $(PREFIX)/lib/sysusers.d
TMPFILESDIR ?= $(PREFIX)/lib/tmpfiles.d
# READY and WATCHDOG through libsystemd: SYSTEMD=no builds without it
SYSTEMD   ?= $(shell pkg-config --exists libsystemd && echo yes || echo no)
CC        ?= gcc
FUZZ_SECONDS ?= 600

PKGS       = libxml-2.0 uchardet jansson libsodium nettle opencc libpcre2-8 libutf8proc libpq gnutls libcurl \
             libmicrohttpd
ifeq ($(SYSTEMD),yes)
PKGS      += libsystemd
SYSTEMD_DEFS = -DHAVE_SYSTEMD
endif
# Hyperscan (x86-64 only) picks the patterns to run (rules/hsdb.c) when
# pkg-config finds libhs; HYPERSCAN=no builds the literal prefilter alone.
HYPERSCAN ?= $(shell pkg-config --exists libhs 2>/dev/null && echo yes || echo no)
ifeq ($(HYPERSCAN),yes)
PKGS      += libhs
HS_DEFS    = -DMB_HYPERSCAN
endif
WARN       = -std=c17 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
             -Wmissing-prototypes -Wformat=2 -fstack-protector-strong
DEFS       = -D_GNU_SOURCE -DMAYORBOX_VERSION='"$(VERSION)"' \
             -DMAYORBOX_SYSCONFDIR='"$(SYSCONFDIR)/mayorbox"' -DMAYORBOX_DATADIR='"$(DATADIR)"' \
             $(SYSTEMD_DEFS) $(HS_DEFS)
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -letpan -lpthread -lm
CFLAGS    ?= -O2 -g
ALL_CFLAGS = $(WARN) $(DEFS) $(CPPFLAGS) $(CFLAGS) $(PKG_CFLAGS) -Iparsers -Irules $(GATEWAY_INC)
SAN        = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
TEST_CFLAGS = $(WARN) $(DEFS) -DUNITTEST -O1 -g $(SAN) $(PKG_CFLAGS) -Iparsers -Irules $(GATEWAY_INC)

# The parsers: pure, fuzzable (bytes in, struct out).
PARSER_SRC = \
	parsers/xalloc.c \
	parsers/buf.c \
	parsers/letter.c \
	parsers/charset.c \
	parsers/codec.c \
	parsers/rfc2047.c \
	parsers/mimeparam.c \
	parsers/date.c \
	parsers/html.c \
	parsers/lang.c \
	parsers/mime.c \
	parsers/form.c \
	parsers/reader.c \
	parsers/mutf7.c

# The classifier: pure (reads rule files only).
RULES_SRC = \
	rules/normalize.c \
	rules/prefilter.c \
	rules/hsdb.c \
	rules/ruleset.c \
	rules/model.c \
	rules/classify.c \
	rules/check.c \
	rules/suggest.c \
	rules/hot.c \
	rules/rulestore.c

# The program, in layers (gateway/*/: DESIGN.md, issue 13).
GATEWAY_DIRS = base sources store mail service web cli
GATEWAY_INC = $(GATEWAY_DIRS:%=-Igateway/%)
GATEWAY_SRC = \
	gateway/base/rulesdir.c \
	gateway/cli/cmd_classify.c \
	gateway/cli/cmd_hot.c \
	gateway/cli/cmd_rules.c \
	gateway/base/readfile.c \
	gateway/base/datadir.c \
	gateway/base/config.c \
	gateway/base/config_keys.c \
	gateway/base/calendar.c \
	gateway/cli/usage.c \
	gateway/cli/cmd_config.c \
	gateway/store/db.c \
	gateway/store/seal.c \
	gateway/store/access_code.c \
	gateway/store/store.c \
	gateway/store/positions.c \
	gateway/store/leases.c \
	gateway/store/corpus.c \
	gateway/store/deadlines.c \
	gateway/base/log.c \
	gateway/base/listen.c \
	gateway/service/metrics.c \
	gateway/service/notify.c \
	gateway/service/read.c \
	gateway/service/letter_file.c \
	gateway/service/labels.c \
	gateway/service/rules.c \
	gateway/service/ingest.c \
	gateway/sources/source.c \
	gateway/sources/tlsverify.c \
	gateway/sources/imap.c \
	gateway/sources/webform.c \
	gateway/sources/spool.c \
	gateway/mail/replies.c \
	gateway/mail/visit_mail.c \
	gateway/store/visits.c \
	gateway/store/outbox.c \
	gateway/mail/smtp.c \
	gateway/cli/cmd_mail.c \
	gateway/service/daemon.c \
	gateway/cli/cmd_run.c \
	gateway/cli/cmd_db.c \
	gateway/cli/cmd_ingest.c \
	gateway/cli/cmd_keygen.c \
	gateway/cli/cmd_unseal.c \
	gateway/store/cases.c \
	gateway/service/cases.c \
	gateway/service/case_visit.c \
	gateway/service/cases_hot.c \
	gateway/cli/table.c \
	gateway/cli/cmd_cases.c \
	gateway/cli/cmd_departments.c \
	gateway/store/letter_json.c \
	gateway/cli/cmd_parse.c \
	gateway/store/signin.c \
	gateway/web/casefmt.c \
	gateway/web/casepage.c \
	gateway/web/page.c \
	gateway/web/request.c \
	gateway/web/session.c \
	gateway/web/web.c \
	gateway/web/queue.c \
	gateway/web/stats.c \
	gateway/web/hot.c \
	gateway/web/directory.c \
	gateway/web/status.c \
	gateway/cli/cmd_web.c \
	gateway/cli/cli_exit.c \
	gateway/cli/cli_labels.c \
	gateway/cli/cli_rules.c \
	gateway/cli/main.c

SRC       = $(PARSER_SRC) $(RULES_SRC) $(GATEWAY_SRC)
OBJ       = $(SRC:%.c=build/obj/%.o)
TEST_OBJ  = $(SRC:%.c=build/test/obj/%.o)

# One cmocka program per module; each links its module (test_X_OBJ below).
UNIT_TESTS = \
	build/test/test_buf \
	build/test/test_charset \
	build/test/test_rfc2047 \
	build/test/test_codec \
	build/test/test_mimeparam \
	build/test/test_date \
	build/test/test_html \
	build/test/test_lang \
	build/test/test_mime \
	build/test/test_form \
	build/test/test_normalize \
	build/test/test_hot \
	build/test/test_model \
	build/test/test_ruleset \
	build/test/test_classify \
	build/test/test_replies \
	build/test/test_ruleset_nohs \
	build/test/test_classify_nohs \
	build/test/test_mutf7 \
	build/test/test_config_keys \
	build/test/test_calendar \
	build/test/test_web

.PHONY: all deps deps-deb check faults demo demo-stop fuzz bench lint install install-files deb clean valgrind

all: deps
	@$(MAKE) --no-print-directory build/mayorbox

deps:
	@sh scripts/deps.sh

build/mayorbox: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(PKG_LIBS)

build/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

build/test/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(TEST_CFLAGS) -MMD -MP -c -o $@ $<

build/test/mayorbox: $(TEST_OBJ)
	$(CC) $(SAN) -o $@ $(TEST_OBJ) $(PKG_LIBS)

# Each unit test links its module and what that module needs, no more
# (STYLE.md 12): test_X_OBJ lists them. The test build compiles with
# -DUNITTEST, so a test reaches a module's MB_STATIC logic (unittest.h).
TP = build/test/obj/parsers
TR = build/test/obj/rules
TG = build/test/obj/gateway
test_buf_OBJ       = $(TP)/buf.o $(TP)/xalloc.o
test_charset_OBJ   = $(TP)/charset.o $(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_date_OBJ      = $(TP)/date.o
test_codec_OBJ     = $(TP)/codec.o $(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_lang_OBJ      = $(TP)/lang.o $(TP)/letter.o $(TP)/xalloc.o
test_mutf7_OBJ     = $(TP)/mutf7.o $(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_html_OBJ      = $(TP)/html.o $(test_charset_OBJ)
test_rfc2047_OBJ   = $(TP)/rfc2047.o $(TP)/codec.o $(test_charset_OBJ)
test_mimeparam_OBJ = $(TP)/mimeparam.o $(test_rfc2047_OBJ)
test_mime_OBJ      = $(TP)/mime.o $(TP)/date.o $(TP)/html.o $(TP)/lang.o $(test_mimeparam_OBJ)
test_form_OBJ      = $(TP)/form.o $(TP)/reader.o $(test_mime_OBJ)
test_normalize_OBJ = $(TR)/normalize.o $(TP)/buf.o $(TP)/xalloc.o
test_model_OBJ     = $(TR)/model.o $(TR)/normalize.o $(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_hot_OBJ       = $(TR)/hot.o $(TR)/normalize.o $(TP)/buf.o $(TP)/xalloc.o
test_classify_OBJ  = $(TR)/classify.o $(TR)/ruleset.o $(TR)/rulestore.o $(TR)/hsdb.o $(TR)/model.o \
	$(TR)/prefilter.o $(TR)/normalize.o $(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_ruleset_OBJ   = $(TR)/ruleset.o $(TR)/check.o $(TR)/classify.o $(TR)/hsdb.o $(TR)/model.o \
	$(TR)/prefilter.o $(TR)/normalize.o $(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_replies_OBJ   = $(TG)/mail/replies.o $(TG)/mail/visit_mail.o $(TG)/store/seal.o $(TG)/base/readfile.o \
	$(TG)/base/config.o $(TG)/base/config_keys.o $(test_mime_OBJ)
test_config_keys_OBJ = $(TG)/base/config_keys.o $(TG)/base/config.o $(TG)/base/readfile.o \
	$(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_calendar_OBJ  = $(TG)/base/calendar.o $(TG)/base/config.o $(TG)/base/config_keys.o \
	$(TG)/base/datadir.o $(TG)/base/readfile.o $(TP)/letter.o $(TP)/buf.o $(TP)/xalloc.o
test_web_OBJ       = $(TG)/web/page.o $(TG)/web/request.o $(TG)/web/session.o $(TG)/web/casefmt.o \
	$(TP)/codec.o $(test_charset_OBJ)

.SECONDEXPANSION:
build/test/test_%: tests/unit/test_%.c tests/unit/testutil.h $$(test_$$*_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(TEST_CFLAGS) $(shell pkg-config --cflags cmocka) -o $@ $< \
		$(test_$*_OBJ) $(PKG_LIBS) -lpthread $(shell pkg-config --libs cmocka)

# The rules' tests again without Hyperscan (the fallback build, HYPERSCAN=no):
# the rules objects compiled without MB_HYPERSCAN.
NOHS_CFLAGS = $(filter-out -DMB_HYPERSCAN,$(TEST_CFLAGS))
RULES_NOHS_OBJ = $(RULES_SRC:%.c=build/test/nohs/obj/%.o)
build/test/nohs/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(NOHS_CFLAGS) -MMD -MP -c -o $@ $<
nohs_objs = $(subst $(TR)/,build/test/nohs/obj/rules/,$(test_$(1)_OBJ))
RULES_NOHS_TESTS = build/test/test_ruleset_nohs build/test/test_classify_nohs
$(RULES_NOHS_TESTS): build/test/test_%_nohs: tests/unit/test_%.c $$(call nohs_objs,$$*)
	@mkdir -p $(dir $@)
	$(CC) $(NOHS_CFLAGS) $(shell pkg-config --cflags cmocka) -o $@ $< \
		$(call nohs_objs,$*) $(PKG_LIBS) -lpthread $(shell pkg-config --libs cmocka)

check: deps
	@$(MAKE) --no-print-directory build/mayorbox build/test/mayorbox $(UNIT_TESTS)
	@sh tests/run.sh

# The fault tests (tests/faults.sh; not in `make check`: a few minutes).
# Starts PostgreSQL when it is not running and stops it again; the suite
# runs its own Dovecot. Ends "faults: N passed, N failed".
faults: deps
	@$(MAKE) --no-print-directory build/test/mayorbox
	@echo "tests/faults.sh build/test/mayorbox (about 5 minutes)"; \
	mkdir -p build/test/results; \
	export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=1:$${ASAN_OPTIONS:-}"; \
	export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:$${UBSAN_OPTIONS:-}"; \
	pg=0; \
	if ! sh scripts/pg.sh status > /dev/null 2>&1; then sh scripts/pg.sh start && pg=1; fi; \
	sh tests/faults.sh build/test/mayorbox > build/test/results/faults.tap \
		2> build/test/results/faults.err; \
	rc=$$?; \
	[ $$pg -eq 0 ] || sh scripts/pg.sh stop; \
	cat build/test/results/faults.tap; \
	p=$$(grep -c '^ok ' build/test/results/faults.tap); \
	f=$$(grep -c '^not ok ' build/test/results/faults.tap); \
	[ $$rc -eq 0 ] || [ $$f -gt 0 ] || { f=1; echo "not ok - tests/faults.sh exited $$rc"; tail -20 build/test/results/faults.err; }; \
	echo "faults: $$p passed, $$f failed"; \
	[ $$f -eq 0 ]

demo: all
	@sh scripts/demo.sh

demo-stop:
	@sh scripts/demo.sh stop

lint:
	@sh scripts/lint.sh

# libFuzzer with clang: one target per parser, FUZZ_SECONDS each.
FUZZ_CFLAGS = -std=c17 -g -O1 $(DEFS) -fsanitize=fuzzer,address,undefined \
	$(PKG_CFLAGS) -Iparsers
FUZZ_TARGETS = build/fuzz/fuzz_mime build/fuzz/fuzz_form build/fuzz/fuzz_replies \
	build/fuzz/fuzz_html build/fuzz/fuzz_charset build/fuzz/fuzz_date build/fuzz/fuzz_rules \
	build/fuzz/fuzz_hot

# the replies' clues and composed mail: the parsers and gateway/mail/replies.c
FUZZ_REPLIES_SRC = gateway/mail/replies.c gateway/mail/visit_mail.c gateway/store/seal.c gateway/base/readfile.c gateway/base/config.c \
	gateway/base/config_keys.c
build/fuzz/fuzz_replies: tests/fuzz/fuzz_replies.c $(PARSER_SRC) $(FUZZ_REPLIES_SRC)
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) $(GATEWAY_INC) -o $@ $< $(PARSER_SRC) $(FUZZ_REPLIES_SRC) $(PKG_LIBS)

# the rule-file parser: the parsers and the rules
build/fuzz/fuzz_rules: tests/fuzz/fuzz_rules.c $(PARSER_SRC) $(RULES_SRC)
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -Irules -o $@ $< $(PARSER_SRC) $(RULES_SRC) $(PKG_LIBS) -lpthread

# the hot-issue grouping: the normaliser and rules/hot.c
build/fuzz/fuzz_hot: tests/fuzz/fuzz_hot.c rules/hot.c rules/normalize.c parsers/buf.c parsers/xalloc.c
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -Irules -o $@ $< rules/hot.c rules/normalize.c parsers/buf.c parsers/xalloc.c \
		$(PKG_LIBS) -lm

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(PARSER_SRC)
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -o $@ $< $(PARSER_SRC) $(PKG_LIBS)

fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS)
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

bench: all
	@$(MAKE) --no-print-directory build/bench_rules
	@sh scripts/bench.sh

# The classifier's throughput program (scripts/bench_rules.sh).
RULES_BENCH_OBJ = $(PARSER_SRC:%.c=build/obj/%.o) $(RULES_SRC:%.c=build/obj/%.o)
build/bench_rules: tests/bench/bench_rules.c $(RULES_BENCH_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(RULES_BENCH_OBJ) $(PKG_LIBS)

# The parsers' throughput program (scripts/bench_parse.sh).
PARSE_BENCH_OBJ = $(PARSER_SRC:%.c=build/obj/%.o)
build/bench_parse: tests/bench/bench_parse.c $(PARSE_BENCH_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(PARSE_BENCH_OBJ) $(PKG_LIBS)

valgrind: all
	@sh scripts/valgrind.sh

# The program, its data (rules, schema) in DATADIR, the example and the
# operations guide in PREFIX/share/doc/mayorbox, the man pages, the systemd
# unit with its sysusers.d and tmpfiles.d entries, and SYSCONFDIR/mayorbox.
# The installed program finds its rules and schema beside itself
# (../share/mayorbox) or in DATADIR. install-files installs what is built.
DOCDIR    ?= $(PREFIX)/share/doc/mayorbox
install: all
	@$(MAKE) --no-print-directory install-files

install-files:
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(DATADIR)/schema \
		$(DESTDIR)$(DATADIR)/calendar \
		$(DESTDIR)$(DOCDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR)
	install -d -m 0750 $(DESTDIR)$(SYSCONFDIR)/mayorbox
	install -m 0755 build/mayorbox $(DESTDIR)$(PREFIX)/bin/mayorbox
	install -m 0644 rules/*.rules rules/*.dir rules/*.model rules/README.md $(DESTDIR)$(DATADIR)/rules/
	install -m 0644 schema/*.sql $(DESTDIR)$(DATADIR)/schema/
	install -m 0644 calendar/*.txt $(DESTDIR)$(DATADIR)/calendar/
	install -m 0644 mayorbox.conf.example doc/operations.md $(DESTDIR)$(DOCDIR)/
	install -m 0644 doc/mayorbox.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 doc/mayorbox.conf.5 doc/mayorbox-rules.5 $(DESTDIR)$(MANDIR)/man5/
	sed -e 's|@BINDIR@|$(PREFIX)/bin|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)/mayorbox|g' \
		dist/systemd/mayorbox.service.in > $(DESTDIR)$(UNITDIR)/mayorbox.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/mayorbox.service
	install -m 0644 dist/sysusers/mayorbox.conf $(DESTDIR)$(SYSUSERSDIR)/mayorbox.conf
	install -m 0644 dist/tmpfiles/mayorbox.conf $(DESTDIR)$(TMPFILESDIR)/mayorbox.conf

# The Debian package (debian/), in build/deb: ../mayorbox_VERSION_ARCH.deb
# of a copy of the tree, then lintian. deps-deb installs the tools.
deb: deps-deb
	@sh scripts/deb.sh

deps-deb:
	@sh scripts/deps.sh deb

clean:
	rm -rf build

-include $(OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(RULES_NOHS_OBJ:.o=.d)
