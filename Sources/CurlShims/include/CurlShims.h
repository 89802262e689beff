#ifndef CURL_SHIMS_H
#define CURL_SHIMS_H
#include <curl/curl.h>

/// curl_global_init(CURL_GLOBAL_DEFAULT); the flags are macros Swift does not import.
CURLcode curlshim_global_init(void);

/// Non-variadic wrappers around curl_easy_setopt / curl_easy_getinfo, which Swift cannot call.
CURLcode curlshim_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode curlshim_setopt_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode curlshim_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode curlshim_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode curlshim_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);

typedef size_t (*curlshim_data_callback)(char *data, size_t size, size_t count, void *context);
CURLcode curlshim_setopt_write_function(CURL *handle, curlshim_data_callback callback);
CURLcode curlshim_setopt_header_function(CURL *handle, curlshim_data_callback callback);

/// Progress callback (CURLOPT_XFERINFOFUNCTION); a non-zero return aborts the transfer.
typedef int (*curlshim_progress_callback)(void *context, curl_off_t download_total, curl_off_t download_now,
                                          curl_off_t upload_total, curl_off_t upload_now);
CURLcode curlshim_setopt_progress_function(CURL *handle, curlshim_progress_callback callback);

CURLcode curlshim_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode curlshim_getinfo_double(CURL *handle, CURLINFO info, double *value);
CURLcode curlshim_getinfo_offset(CURL *handle, CURLINFO info, curl_off_t *value);

#endif
