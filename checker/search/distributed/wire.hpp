// The bytes ranks exchange (besides states, which go through the StateCodec): a little
// endian writer and reader of fixed-width integers and strings, and a Verdict as bytes.
// Every rank runs the same binary on the same model, so a Loc's file index means the same
// source file on every rank.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "checker/report/verdict.hpp"

namespace cairn::distributed {

class WireWriter {
 public:
  explicit WireWriter(std::string& out) : out_(out) {}
  template <class T>
  void put(T v) {
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out_.append(b, sizeof(T));
  }
  void put_bytes(std::string_view s) {
    put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s.data(), s.size());
  }

 private:
  std::string& out_;
};

/// Reads what WireWriter wrote; reading past the end throws (a message cut short).
class WireReader {
 public:
  explicit WireReader(std::string_view in) : in_(in) {}
  template <class T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view get_bytes() {
    uint32_t n = get<uint32_t>();
    need(n);
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  bool done() const { return pos_ >= in_.size(); }

 private:
  void need(size_t n) const;
  std::string_view in_;
  size_t pos_ = 0;
};

void write_verdict(WireWriter& w, const Verdict& v);
Verdict read_verdict(WireReader& r, const SourceManager& sources);

}  // namespace cairn::distributed
