// The only file that includes curl. The client owns a curl share handle holding the connection
// cache, so requests from any thread (and the transfers of a send_all batch) reuse keep-alive
// connections, and destroying the client closes them (a loopback server then shuts down at once
// instead of waiting out keep-alive).
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

// Only scheme://host:port, so that paths with ids or query tokens stay out of messages.
std::string host_of(const std::string& url) {
  auto start = url.find("://");
  if (start == std::string::npos) return url;
  auto end = url.find('/', start + 3);
  std::string host = url.substr(0, end);
  auto at = host.find('@');
  if (at != std::string::npos) host = host.substr(0, start + 3) + host.substr(at + 1);
  return host;
}

// One request in flight: the easy handle and everything it points into.
class Transfer {
 public:
  Transfer(const HttpRequest& request, CURLSH* share, const std::string& user_agent)
      : request_(request), curl_(curl_easy_init()) {
    if (curl_ == nullptr) return;
    curl_easy_setopt(curl_, CURLOPT_SHARE, share);
    curl_easy_setopt(curl_, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl_, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT_MS, 10'000L);
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &response_.body);
    curl_easy_setopt(curl_, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl_, CURLOPT_HEADERDATA, &response_.headers);
    // gzip only: brotli costs ~100 ms per 150 KB response on the server side for little gain.
    curl_easy_setopt(curl_, CURLOPT_ACCEPT_ENCODING, "gzip");
    if (!user_agent.empty()) curl_easy_setopt(curl_, CURLOPT_USERAGENT, user_agent.c_str());

    for (const auto& [name, value] : request.headers)
      headers_ = curl_slist_append(headers_, (name + ": " + value).c_str());
    if (!request.idempotency_key.empty())
      headers_ = curl_slist_append(headers_, ("Idempotency-Key: " + request.idempotency_key).c_str());
    headers_ = curl_slist_append(headers_, "Expect:");  // no 100-continue round trip

    if (!request.multipart.empty()) {
      mime_ = curl_mime_init(curl_);
      for (const auto& part : request.multipart) {
        curl_mimepart* field = curl_mime_addpart(mime_);
        curl_mime_name(field, part.name.c_str());
        curl_mime_data(field, part.value.data(), part.value.size());
        if (!part.filename.empty()) curl_mime_filename(field, part.filename.c_str());
        if (!part.content_type.empty()) curl_mime_type(field, part.content_type.c_str());
      }
      curl_easy_setopt(curl_, CURLOPT_MIMEPOST, mime_);
      curl_easy_setopt(curl_, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    } else if (request.method == "GET") {
      curl_easy_setopt(curl_, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
      curl_easy_setopt(curl_, CURLOPT_NOBODY, 1L);
    } else {
      curl_easy_setopt(curl_, CURLOPT_CUSTOMREQUEST, request.method.c_str());
      if (!request.body.empty() || request.method == "POST" || request.method == "PUT" ||
          request.method == "PATCH") {
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.body.size()));
      }
    }
    curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers_);
  }

  ~Transfer() {
    if (curl_ != nullptr) curl_easy_cleanup(curl_);
    curl_slist_free_all(headers_);
    if (mime_ != nullptr) curl_mime_free(mime_);
  }
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  CURL* handle() const { return curl_; }

  Result<HttpResponse> result(CURLcode code) {
    if (curl_ == nullptr) return make_error(ErrorKind::internal, "libcurl could not start");
    if (code != CURLE_OK) {
      Error error = make_error(ErrorKind::network, request_.method + " " + host_of(request_.url) +
                                                       ": " + curl_easy_strerror(code));
      if (code == CURLE_OPERATION_TIMEDOUT) error.notes.push_back("the request timed out");
      return error;
    }
    long status = 0;
    curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
    response_.status = static_cast<int>(status);
    return std::move(response_);
  }

 private:
  const HttpRequest& request_;
  CURL* curl_;
  curl_slist* headers_ = nullptr;
  curl_mime* mime_ = nullptr;
  HttpResponse response_;
};

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
    Transfer transfer(request, share_, options_.user_agent);
    if (transfer.handle() == nullptr) return transfer.result(CURLE_FAILED_INIT);
    return transfer.result(curl_easy_perform(transfer.handle()));
  }

  std::vector<Result<HttpResponse>> send_all(const std::vector<HttpRequest>& requests,
                                             int max_parallel) override {
    std::vector<Result<HttpResponse>> results(
        requests.size(), Result<HttpResponse>(make_error(ErrorKind::internal, "not sent")));
    CURLM* multi = curl_multi_init();
    if (multi == nullptr) return HttpClient::send_all(requests, max_parallel);
    const long limit = std::max(1, max_parallel);
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, limit);
    std::vector<std::unique_ptr<Transfer>> transfers(requests.size());
    size_t next = 0;
    long active = 0;
    auto start_next = [&] {
      size_t index = next++;
      transfers[index] = std::make_unique<Transfer>(requests[index], share_, options_.user_agent);
      CURL* easy = transfers[index]->handle();
      if (easy == nullptr) {
        results[index] = transfers[index]->result(CURLE_FAILED_INIT);
        return;
      }
      curl_easy_setopt(easy, CURLOPT_PRIVATE, reinterpret_cast<void*>(index));
      curl_multi_add_handle(multi, easy);
      ++active;
    };
    while (next < requests.size() && active < limit) start_next();
    while (active > 0) {
      int running = 0;
      curl_multi_perform(multi, &running);
      int queued = 0;
      while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
        if (message->msg != CURLMSG_DONE) continue;
        void* user = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &user);
        size_t index = reinterpret_cast<size_t>(user);
        CURLcode code = message->data.result;
        curl_multi_remove_handle(multi, message->easy_handle);
        results[index] = transfers[index]->result(code);
        transfers[index].reset();
        --active;
        while (next < requests.size() && active < limit) start_next();
      }
      if (active > 0) curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    curl_multi_cleanup(multi);
    return results;
  }

 private:
  CurlOptions options_;
  ShareLocks locks_;
  CURLSH* share_ = nullptr;
};

}  // namespace

std::unique_ptr<HttpClient> make_curl_http_client(CurlOptions options) {
  return std::make_unique<CurlHttpClient>(std::move(options));
}

}  // namespace raxol
