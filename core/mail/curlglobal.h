// libcurl's one-time global set-up, shared by every part that makes a handle (the mail
// transfers, the OAuth token requests). One function-local static: C++ runs it once, and a
// second thread arriving meanwhile waits for it, so the set-up never runs twice at once.
#pragma once

#include <curl/curl.h>

namespace NineTouch {

inline bool curlReady()
{
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    return ready;
}

} // namespace NineTouch
