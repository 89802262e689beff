#ifndef CURL_SHIMS_H
#define CURL_SHIMS_H
#include <curl/curl.h>

/// Non-variadic wrappers around curl_easy_setopt / curl_easy_getinfo, which Swift cannot call.
CURLcode curlshim_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode curlshim_setopt_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode curlshim_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode curlshim_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode curlshim_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);

typedef size_t (*curlshim_data_callback)(char *data, size_t size, size_t count, void *context);
CURLcode curlshim_setopt_write_function(CURL *handle, curlshim_data_callback callback);
CURLcode curlshim_setopt_header_function(CURL *handle, curlshim_data_callback callback);

CURLcode curlshim_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode curlshim_getinfo_double(CURL *handle, CURLINFO info, double *value);

#endif
