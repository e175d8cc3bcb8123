#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <string.h>
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU that
// Foundation brings. folio uses no encoding handler's fields: without the
// define, libxml2's headers leave ICU out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// libxml2 writes some errors (`I/O error : encoder error`) to stderr even
// with HTML_PARSE_NOERROR: under curses they would scribble on the screen.
// Swift cannot write a variadic C function, hence these. The handlers are
// per thread in libxml2: set them on the thread that parses.
static inline void clibxml2_ignore(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void clibxml2_ignore_structured(void *context, const xmlError *error) { (void)context; (void)error; }
static inline void clibxml2_silence(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_ignore);
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)clibxml2_ignore_structured);
}
// memmem is a GNU extension Swift's Glibc module does not show.
static inline const void *clibxml2_find(const void *haystack, size_t length, const void *needle, size_t count) {
    const unsigned char *at = haystack, *end = at + length, *want = needle;
    if (count == 0) return haystack;
    while (at + count <= end && (at = memchr(at, want[0], end - at - count + 1)) != NULL) {
        if (memcmp(at, want, count) == 0) return at;
        at++;
    }
    return NULL;
}

// libxml2 is loaded when a page or feed is first read, not at every start
// (loader.c): linked, it and the ICU it brings cost each start of folio
// half a millisecond or more. NULL once it is loaded, else why it is not.
const char *clibxml2_load_error(void);

// xmlFree is a global function pointer, which Swift 6 will not touch.
void clibxml2_free(void *pointer);
#endif
