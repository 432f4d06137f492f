#include "checker/search/symmetry.hpp"

#include <set>

namespace cairn {

namespace {

std::vector<std::pair<uint32_t, uint32_t>> as_pairs(const std::unordered_map<uint32_t, Value>& p) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const auto& [k, v] : p) out.emplace_back(k, v.token());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Symmetry::Symmetry(const Value& perms) {
  std::vector<Perm> gens;
  std::unordered_map<uint32_t, Value> named;  // every model value the permutations move
  for_each_element(perms, [&](const Value& f) {
    if (!f.is_fcnlike()) throw eval_error("SYMMETRY must be a set of permutations, but contains " + to_string(f));
    Perm p;
    Value d = domain(f);
    for_each_element(d, [&](const Value& k) {
      Value img = apply(f, k);
      if (!k.is_model() || !img.is_model())
        throw eval_error("SYMMETRY permutations must map model values to model values: " + to_string(f));
      if (k.token() != img.token()) p[k.token()] = img;
      named.emplace(k.token(), k);
      named.emplace(img.token(), img);
      return true;
    });
    gens.push_back(std::move(p));
    return true;
  });
  // Close under composition (breadth-first from the identity).
  std::set<std::vector<std::pair<uint32_t, uint32_t>>> seen;
  group_.push_back(Perm{});
  seen.insert({});
  for (size_t i = 0; i < group_.size(); ++i) {
    for (const Perm& g : gens) {
      // compose: x -> g(group_[i](x))
      Perm c;
      std::set<uint32_t> keys;
      for (const auto& [k, v] : group_[i]) keys.insert(k);
      for (const auto& [k, v] : g) keys.insert(k);
      for (uint32_t k : keys) {
        auto a = group_[i].find(k);
        uint32_t mid = a == group_[i].end() ? k : a->second.token();
        auto b = g.find(mid);
        Value img = b == g.end() ? named.at(mid) : b->second;
        if (img.token() != k) c[k] = img;
      }
      auto key = as_pairs(c);
      if (seen.insert(key).second) group_.push_back(std::move(c));
      if (group_.size() > 1000000) throw eval_error("SYMMETRY group is too large");
    }
  }
  for (const Perm& g : group_) {
    PermTable t;
    for (const auto& [k, v] : g) {
      if (t.size() <= k) t.resize(k + 1);
      t[k] = v;
    }
    perms_.tables.push_back(std::move(t));
  }
  // The group's id: a hash of its tables (two Symmetry objects of one model, e.g. the
  // explorer's and the liveness checker's, share the per-object caches).
  uint64_t id = 0x9e3779b97f4a7c15ULL;
  for (const auto& t : perms_.tables) {
    for (size_t x = 0; x < t.size(); ++x) id = (id ^ (t[x].defined() ? t[x].token() : x)) * 0x100000001b3ULL;
    id = (id ^ 0xff) * 0x100000001b3ULL;
  }
  perms_.id = id | 1;
}

std::vector<Value> Symmetry::smallest_image(const Value* state, size_t n) const {
  std::vector<Value> best(state, state + n), img(n);
  for (const Perm& g : group_) {
    int cmp = 0;
    for (size_t i = 0; i < n && cmp <= 0; ++i) {
      img[i] = apply_perm(state[i], g);
      if (cmp == 0) cmp = compare(img[i], best[i]);
    }
    if (cmp < 0) best.swap(img);
  }
  return best;
}

Value Symmetry::apply_perm(const Value& v, const Perm& p) {
  if (p.empty()) return v;
  switch (v.kind()) {
    case VK::LazySet: return apply_perm(enumerate(v), p);
    case VK::FcnLazy: return apply_perm(materialize_fcn(v), p);
    case VK::Model: {
      auto it = p.find(v.token());
      return it == p.end() ? v : it->second;
    }
    case VK::Set: {
      std::vector<Value> el;
      for (const Value& e : as_set(v)->elems) el.push_back(apply_perm(e, p));
      return make_set(std::move(el));
    }
    case VK::Fcn: {
      const FcnObj* f = as_fcn(v);
      if (f->seq) {
        std::vector<Value> el;
        for (const Value& e : f->rng) el.push_back(apply_perm(e, p));
        return make_tuple(std::move(el));
      }
      std::vector<Value> d, r;
      for (size_t i = 0; i < f->size(); ++i) {
        d.push_back(apply_perm(f->dom[i], p));
        r.push_back(apply_perm(f->rng[i], p));
      }
      return make_fcn(std::move(d), std::move(r));
    }
    default: return v;
  }
}

}  // namespace cairn
