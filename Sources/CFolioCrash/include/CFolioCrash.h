#ifndef CFOLIO_CRASH_H
#define CFOLIO_CRASH_H

/// 1 when `SWIFT_BACKTRACE` said `interactive=no` before the Swift runtime
/// read it: folio is linked with the runtime inside it (the README's
/// `--static-swift-stdlib`), and this library's constructor ran first.
int folio_crash_report_set_before_runtime(void);

#endif
