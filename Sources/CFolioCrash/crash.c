#define _GNU_SOURCE
#include "CFolioCrash.h"
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// Swift's crash reporter, on a terminal, waits up to 30 s for a key over the
// screen the reader has just left, and reads SWIFT_BACKTRACE only while the
// runtime starts. Where the runtime is linked into folio, its start comes
// after this constructor (prioritised initialisers run before the others), so
// the setting is made here and folio need not start itself again for it.
// Where the runtime is a shared library it has started already: CrashReport
// then starts folio again.

static int set_before_runtime = 0;

// The runtime finds the arguments from where the environment was; setenv
// moves the environment, so the runtime is given them where they are.
extern void _swift_stdlib_overrideUnsafeArgvArgc(char **argv, int argc);

static int finds_shared_runtime(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size; (void)data;
    return info->dlpi_name != NULL && strstr(info->dlpi_name, "libswiftCore.so") != NULL;
}

__attribute__((constructor(101))) static void folio_crash_report_quietly(int argc, char **argv) {
    if (dl_iterate_phdr(finds_shared_runtime, NULL)) return;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return;  // the report asks for no key then
    const char *given = getenv("SWIFT_BACKTRACE");
    if (given == NULL || *given == '\0') {
        setenv("SWIFT_BACKTRACE", "interactive=no", 1);
    } else if (strstr(given, "interactive=") == NULL && strstr(given, "enable=no") == NULL) {
        size_t n = strlen(given) + sizeof(",interactive=no");
        char *value = malloc(n);
        if (value == NULL) return;
        strcpy(value, given);
        strcat(value, ",interactive=no");
        setenv("SWIFT_BACKTRACE", value, 1);
        free(value);
    }
    _swift_stdlib_overrideUnsafeArgvArgc(argv, argc);
    set_before_runtime = 1;
}

int folio_crash_report_set_before_runtime(void) { return set_before_runtime; }
