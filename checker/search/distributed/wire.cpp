#include "checker/search/distributed/wire.hpp"

#include <stdexcept>

namespace cairn::distributed {

void WireReader::need(size_t n) const {
  if (pos_ + n > in_.size()) throw std::runtime_error("distributed search: a message between ranks is cut short");
}

namespace {

// A location, its file by index: every rank read the same files in the same order.
void put_loc(WireWriter& w, const Loc& l) {
  for (int x : {l.file ? l.file->id : -1, l.line, l.col, l.end_line, l.end_col}) w.put<int32_t>(x);
}

Loc get_loc(WireReader& r, const SourceManager& sources) {
  Loc l;
  int file = r.get<int32_t>();
  l.file = file >= 0 && file < sources.size() ? &sources.file(file) : nullptr;
  for (int* x : {&l.line, &l.col, &l.end_line, &l.end_col}) *x = r.get<int32_t>();
  return l;
}

}  // namespace

void write_verdict(WireWriter& w, const Verdict& v) {
  w.put<int32_t>(static_cast<int32_t>(v.kind));
  w.put_bytes(v.name);
  w.put<uint8_t>(v.initial ? 1 : 0);
  w.put<int32_t>(static_cast<int32_t>(v.stage));
  put_loc(w, v.loc);
  w.put_bytes(v.detail);
  w.put<int32_t>(v.error_code);
  w.put<int32_t>(v.tlc_code);
  w.put<int32_t>(static_cast<int32_t>(v.nesting.size()));
  for (const Loc& l : v.nesting) put_loc(w, l);
}

Verdict read_verdict(WireReader& r, const SourceManager& sources) {
  Verdict v;
  v.kind = static_cast<VerdictKind>(r.get<int32_t>());
  v.name = std::string(r.get_bytes());
  v.initial = r.get<uint8_t>() != 0;
  v.stage = static_cast<Stage>(r.get<int32_t>());
  v.loc = get_loc(r, sources);
  v.detail = std::string(r.get_bytes());
  v.error_code = r.get<int32_t>();
  v.tlc_code = r.get<int32_t>();
  v.nesting.resize(static_cast<size_t>(r.get<int32_t>()));
  for (Loc& l : v.nesting) l = get_loc(r, sources);
  return v;
}

}  // namespace cairn::distributed
