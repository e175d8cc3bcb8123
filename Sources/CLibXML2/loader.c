// libxml2's functions as folio calls them, each passed to the library
// loaded on first use. Hidden: folio's own symbols are exported, and
// libxml2's calls to its own functions must not come here.
#include "shim.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#define HIDDEN __attribute__((visibility("hidden")))

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure = "libxml2 was not loaded";
// dlerror's text lasts until the thread's next call to the loader: kept here.
static char reason[256];

#define FUNCTIONS(X) \
    X(htmlCtxtReadMemory) X(htmlEntityLookup) X(htmlFreeParserCtxt) X(htmlNewParserCtxt) X(xmlAddChild) \
    X(xmlAddPrevSibling) X(xmlBufferContent) X(xmlBufferCreate) X(xmlBufferFree) X(xmlCreatePushParserCtxt) \
    X(xmlCtxtResetPush) X(xmlCtxtUseOptions) X(xmlDocGetRootElement) X(xmlFreeDoc) X(xmlFreeNode) \
    X(xmlFreeParserCtxt) X(xmlGetLineNo) X(xmlGetNoNsProp) X(xmlGetNsProp) X(xmlInitParser) X(xmlNewDocNode) \
    X(xmlNodeDump) X(xmlNodeGetBase) X(xmlParseChunk) X(xmlResetError) X(xmlSAX2EndElementNs) \
    X(xmlSetExternalEntityLoader) X(xmlSetGenericErrorFunc) X(xmlSetStructuredErrorFunc) X(xmlUnlinkNode)

#define POINTER(name) static __typeof__(&name) real_##name;
FUNCTIONS(POINTER)
static xmlFreeFunc *real_xmlFree;

static void load(void) {
    void *library = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *said = dlerror();
        snprintf(reason, sizeof reason, "%s", said != NULL ? said : "libxml2.so.2: cannot be opened");
        failure = reason;
        return;
    }
    int missing = 0;
#define RESOLVE(name) missing |= (real_##name = (__typeof__(&name))dlsym(library, #name)) == NULL;
    FUNCTIONS(RESOLVE)
    missing |= (real_xmlFree = (xmlFreeFunc *)dlsym(library, "xmlFree")) == NULL;
    failure = missing ? "libxml2.so.2 lacks a function folio calls" : NULL;
}

HIDDEN const char *clibxml2_load_error(void) {
    pthread_once(&once, load);
    return failure;
}

HIDDEN void clibxml2_free(void *pointer) { (*real_xmlFree)(pointer); }

// Called only once clibxml2_load_error has said the library is there.

HIDDEN htmlDocPtr htmlCtxtReadMemory(htmlParserCtxtPtr ctxt, const char *buffer, int size, const char *URL,
                              const char *encoding, int options) { return real_htmlCtxtReadMemory(ctxt, buffer, size, URL, encoding, options); }
HIDDEN const htmlEntityDesc *htmlEntityLookup(const xmlChar *name) { return real_htmlEntityLookup(name); }
HIDDEN void htmlFreeParserCtxt(htmlParserCtxtPtr ctxt) { real_htmlFreeParserCtxt(ctxt); }
HIDDEN htmlParserCtxtPtr htmlNewParserCtxt(void) { return real_htmlNewParserCtxt(); }
HIDDEN xmlNodePtr xmlAddChild(xmlNodePtr parent, xmlNodePtr cur) { return real_xmlAddChild(parent, cur); }
HIDDEN xmlNodePtr xmlAddPrevSibling(xmlNodePtr cur, xmlNodePtr elem) { return real_xmlAddPrevSibling(cur, elem); }
HIDDEN const xmlChar *xmlBufferContent(const xmlBuffer *buf) { return real_xmlBufferContent(buf); }
HIDDEN xmlBufferPtr xmlBufferCreate(void) { return real_xmlBufferCreate(); }
HIDDEN void xmlBufferFree(xmlBufferPtr buf) { real_xmlBufferFree(buf); }
HIDDEN xmlParserCtxtPtr xmlCreatePushParserCtxt(xmlSAXHandlerPtr sax, void *user_data, const char *chunk, int size,
                                         const char *filename) { return real_xmlCreatePushParserCtxt(sax, user_data, chunk, size, filename); }
HIDDEN int xmlCtxtResetPush(xmlParserCtxtPtr ctxt, const char *chunk, int size, const char *filename,
                     const char *encoding) { return real_xmlCtxtResetPush(ctxt, chunk, size, filename, encoding); }
HIDDEN int xmlCtxtUseOptions(xmlParserCtxtPtr ctxt, int options) { return real_xmlCtxtUseOptions(ctxt, options); }
HIDDEN xmlNodePtr xmlDocGetRootElement(const xmlDoc *doc) { return real_xmlDocGetRootElement(doc); }
HIDDEN void xmlFreeDoc(xmlDocPtr cur) { real_xmlFreeDoc(cur); }
HIDDEN void xmlFreeNode(xmlNodePtr cur) { real_xmlFreeNode(cur); }
HIDDEN void xmlFreeParserCtxt(xmlParserCtxtPtr ctxt) { real_xmlFreeParserCtxt(ctxt); }
HIDDEN long xmlGetLineNo(const xmlNode *node) { return real_xmlGetLineNo(node); }
HIDDEN xmlChar *xmlGetNoNsProp(const xmlNode *node, const xmlChar *name) { return real_xmlGetNoNsProp(node, name); }
HIDDEN xmlChar *xmlGetNsProp(const xmlNode *node, const xmlChar *name, const xmlChar *nameSpace) { return real_xmlGetNsProp(node, name, nameSpace); }
HIDDEN void xmlInitParser(void) { real_xmlInitParser(); }
HIDDEN xmlNodePtr xmlNewDocNode(xmlDocPtr doc, xmlNsPtr ns, const xmlChar *name, const xmlChar *content) { return real_xmlNewDocNode(doc, ns, name, content); }
HIDDEN int xmlNodeDump(xmlBufferPtr buf, xmlDocPtr doc, xmlNodePtr cur, int level, int format) { return real_xmlNodeDump(buf, doc, cur, level, format); }
HIDDEN xmlChar *xmlNodeGetBase(const xmlDoc *doc, const xmlNode *cur) { return real_xmlNodeGetBase(doc, cur); }
HIDDEN int xmlParseChunk(xmlParserCtxtPtr ctxt, const char *chunk, int size, int terminate) { return real_xmlParseChunk(ctxt, chunk, size, terminate); }
HIDDEN void xmlResetError(xmlErrorPtr err) { real_xmlResetError(err); }
HIDDEN void xmlSAX2EndElementNs(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI) {
    real_xmlSAX2EndElementNs(ctx, localname, prefix, URI);
}
HIDDEN void xmlSetExternalEntityLoader(xmlExternalEntityLoader f) { real_xmlSetExternalEntityLoader(f); }
HIDDEN void xmlSetGenericErrorFunc(void *ctx, xmlGenericErrorFunc handler) { real_xmlSetGenericErrorFunc(ctx, handler); }
HIDDEN void xmlSetStructuredErrorFunc(void *ctx, xmlStructuredErrorFunc handler) { real_xmlSetStructuredErrorFunc(ctx, handler); }
HIDDEN void xmlUnlinkNode(xmlNodePtr cur) { real_xmlUnlinkNode(cur); }
