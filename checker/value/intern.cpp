#include "checker/value/intern.hpp"

#include <mutex>

#include "checker/value/value.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace cairn {

const InternEntry& Interner::intern(std::string_view s) {
  {
    std::shared_lock lk(mu_);
    auto it = ids_.find(s);
    if (it != ids_.end()) return entries_[it->second - 1];
  }
  std::unique_lock lk(mu_);
  auto it = ids_.find(s);
  if (it != ids_.end()) return entries_[it->second - 1];
  InternEntry& e = entries_.emplace_back();
  e.text = std::string(s);
  e.hash = XXH3_64bits(e.text.data(), e.text.size());
  e.token = static_cast<uint32_t>(entries_.size());
  e.model_type = e.text.size() > 2 && e.text[1] == '_' ? e.text[0] : 0;
  ids_.emplace(std::string_view(e.text), e.token);
  return e;
}

Value Interner::str(std::string_view s) { return Value::string(intern(s)); }
Value Interner::model(std::string_view s) { return Value::model(intern(s)); }

const InternEntry& Interner::entry(uint32_t tok) const {
  std::shared_lock lk(mu_);
  return entries_.at(tok - 1);
}

size_t Interner::count() const {
  std::shared_lock lk(mu_);
  return entries_.size() + 1;
}

std::vector<std::string> Interner::names() const {
  std::shared_lock lk(mu_);
  std::vector<std::string> out;
  out.reserve(entries_.size());
  for (const auto& e : entries_) out.push_back(e.text);
  return out;
}

}  // namespace cairn
