// The only file that includes curl. The client owns a curl share handle holding the connection
// cache, so requests from any thread reuse keep-alive connections, and destroying the client
// closes them (a loopback server then shuts down at once instead of waiting out keep-alive).
#include <curl/curl.h>

#include <mutex>

#include "raxol/http.h"

namespace raxol {

namespace {

std::once_flag g_curl_init;

size_t on_body(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* headers = static_cast<HttpHeaders*>(user);
  std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    headers->clear();  // a new response (after 100-continue or a redirect) starts over
    return size * count;
  }
  auto colon = line.find(':');
  if (colon == std::string_view::npos) return size * count;
  auto trim = [](std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == '\r' || text.back() == '\n' || text.back() == ' '))
      text.remove_suffix(1);
    return std::string(text);
  };
  headers->emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
  return size * count;
}

struct EasyHandle {
  CURL* handle = curl_easy_init();
  EasyHandle() = default;
  EasyHandle(const EasyHandle&) = delete;
  EasyHandle& operator=(const EasyHandle&) = delete;
  ~EasyHandle() { curl_easy_cleanup(handle); }
};

// Locks for the data a share handle holds (connections, DNS, TLS sessions).
struct ShareLocks {
  std::mutex locks[CURL_LOCK_DATA_LAST];
};

void lock_share(CURL*, curl_lock_data data, curl_lock_access, void* user) {
  static_cast<ShareLocks*>(user)->locks[data].lock();
}
void unlock_share(CURL*, curl_lock_data data, void* user) {
  static_cast<ShareLocks*>(user)->locks[data].unlock();
}

class CurlHttpClient : public HttpClient {
 public:
  explicit CurlHttpClient(CurlOptions options) : options_(std::move(options)) {
    std::call_once(g_curl_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    share_ = curl_share_init();
    curl_share_setopt(share_, CURLSHOPT_LOCKFUNC, lock_share);
    curl_share_setopt(share_, CURLSHOPT_UNLOCKFUNC, unlock_share);
    curl_share_setopt(share_, CURLSHOPT_USERDATA, &locks_);
    curl_share_setopt(share_, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
    curl_share_setopt(share_, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(share_, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
  }

  ~CurlHttpClient() override { curl_share_cleanup(share_); }
  CurlHttpClient(const CurlHttpClient&) = delete;
  CurlHttpClient& operator=(const CurlHttpClient&) = delete;

  Result<HttpResponse> send(const HttpRequest& request) override {
    EasyHandle easy;  // cheap; the expensive part (connections) lives in the share
    CURL* curl = easy.handle;
    if (curl == nullptr) return make_error(ErrorKind::internal, "libcurl could not start");
    curl_easy_setopt(curl, CURLOPT_SHARE, share_);

    HttpResponse response;
    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 10'000L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    if (!options_.user_agent.empty())
      curl_easy_setopt(curl, CURLOPT_USERAGENT, options_.user_agent.c_str());

    curl_slist* header_list = nullptr;
    for (const auto& [name, value] : request.headers)
      header_list = curl_slist_append(header_list, (name + ": " + value).c_str());
    if (!request.idempotency_key.empty())
      header_list =
          curl_slist_append(header_list, ("Idempotency-Key: " + request.idempotency_key).c_str());
    header_list = curl_slist_append(header_list, "Expect:");  // no 100-continue round trip

    curl_mime* mime = nullptr;
    if (!request.multipart.empty()) {
      mime = curl_mime_init(curl);
      for (const auto& part : request.multipart) {
        curl_mimepart* field = curl_mime_addpart(mime);
        curl_mime_name(field, part.name.c_str());
        curl_mime_data(field, part.value.data(), part.value.size());
        if (!part.filename.empty()) curl_mime_filename(field, part.filename.c_str());
        if (!part.content_type.empty()) curl_mime_type(field, part.content_type.c_str());
      }
      curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);
      curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    } else if (request.method == "GET") {
      curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
      curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else {
      curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
      if (!request.body.empty() || request.method == "POST" || request.method == "PUT" ||
          request.method == "PATCH") {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.body.size()));
      }
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, header_list);

    CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(header_list);
    if (mime != nullptr) curl_mime_free(mime);

    if (code != CURLE_OK) {
      Error error = make_error(ErrorKind::network, request.method + " " + host_of(request.url) +
                                                       ": " + curl_easy_strerror(code));
      if (code == CURLE_OPERATION_TIMEDOUT) error.notes.push_back("the request timed out");
      return error;
    }
    response.status = static_cast<int>(status);
    return response;
  }

 private:
  // Only scheme://host:port, so that paths with ids or query tokens stay out of messages.
  static std::string host_of(const std::string& url) {
    auto start = url.find("://");
    if (start == std::string::npos) return url;
    auto end = url.find('/', start + 3);
    std::string host = url.substr(0, end);
    auto at = host.find('@');
    if (at != std::string::npos) host = host.substr(0, start + 3) + host.substr(at + 1);
    return host;
  }

  CurlOptions options_;
  ShareLocks locks_;
  CURLSH* share_ = nullptr;
};

}  // namespace

std::unique_ptr<HttpClient> make_curl_http_client(CurlOptions options) {
  return std::make_unique<CurlHttpClient>(std::move(options));
}

}  // namespace raxol
