#ifndef ACTORGRAPH_CLIBXML2_SHIM_H
#define ACTORGRAPH_CLIBXML2_SHIM_H
// libxml2's encoding.h includes the system ICU headers when libxml2 was built with ICU (Debian's is), and
// those clash with the ICU that Foundation bundles. Nothing here touches the encoding handler's ICU fields
// (only pointers to it are passed), so its ICU part is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
