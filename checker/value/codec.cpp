#include "checker/value/codec.hpp"

#include <cstring>

#include <xxhash.h>

#include "checker/eval/eval.hpp"
#include "checker/ir/ir.hpp"
#include "checker/model/model.hpp"

namespace cairn {

namespace {

constexpr char kMagic[4] = {'C', 'S', 'T', '1'};

enum Tag : uint8_t {
  kUndef, kFalse, kTrue, kInt, kStr, kModel, kSet, kInterval, kLazySet, kFcn, kFcnLazy,
  kClosure,
  kRef,  // an object written before in this state (lazy values and closures)
};

[[noreturn]] void malformed(const std::string& why) { throw eval_error("state codec: " + why); }

uint64_t hash_nodes(const std::vector<const Node*>& nodes) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  auto put = [&](const void* p, size_t n) { XXH3_64bits_update(st, p, n); };
  uint64_t n = nodes.size();
  put(&n, sizeof n);
  for (const Node* x : nodes) {
    int32_t fields[] = {static_cast<int32_t>(x->op), x->loc.file ? x->loc.file->id : -1, x->loc.line, x->loc.col,
                        x->loc.end_line, x->loc.end_col, x->slot, x->up,
                        static_cast<int32_t>(x->kids.size()), static_cast<int32_t>(x->binders.size())};
    put(fields, sizeof fields);
    put(x->text.data(), x->text.size());
  }
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return h;
}

}  // namespace

StateCodec::StateCodec(std::vector<const Node*> nodes, Interner& strings)
    : nodes_(std::move(nodes)), hash_(hash_nodes(nodes_)), strings_(&strings) {
  for (size_t i = 0; i < nodes_.size(); ++i) ids_.emplace(nodes_[i], static_cast<uint32_t>(i));
}

StateCodec StateCodec::for_model(const Model& m) {
  std::vector<const Node*> nodes;
  nodes.reserve(m.spec->nodes.size());
  for (const auto& n : m.spec->nodes) nodes.push_back(n.get());
  StateCodec c(std::move(nodes), m.session->run.strings);
  c.run_ = &m.session->run;
  return c;
}

// ---- writing ---------------------------------------------------------------------------

class CodecWriter {
 public:
  explicit CodecWriter(const StateCodec& c) : c_(c) {}
  std::string out;

  void u8(uint8_t b) { out.push_back(static_cast<char>(b)); }
  void varint(uint64_t v) {
    while (v >= 0x80) { u8(static_cast<uint8_t>(v | 0x80)); v >>= 7; }
    u8(static_cast<uint8_t>(v));
  }
  void svarint(int64_t v) { varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void name(const Value& v) {
    const std::string& s = v.text();
    varint(s.size());
    out.append(s);
  }
  void node(const void* n) {
    auto it = c_.ids_.find(static_cast<const Node*>(n));
    if (it == c_.ids_.end()) malformed("a lazy value refers to an expression outside the model");
    varint(it->second);
  }
  void values(const std::vector<Value>& vs) {
    varint(vs.size());
    for (const Value& v : vs) value(v);
  }

  void value(const Value& v) {
    switch (v.kind()) {
      case VK::Undef: return u8(kUndef);
      case VK::Bool: return u8(v.as_bool() ? kTrue : kFalse);
      case VK::Int: u8(kInt); return svarint(v.as_int());
      case VK::Str: u8(kStr); return name(v);
      case VK::Model: u8(kModel); return name(v);
      case VK::Set: u8(kSet); return values(as_set(v)->elems);
      case VK::Interval:
        u8(kInterval);
        svarint(as_interval(v)->lo);
        return svarint(as_interval(v)->hi);
      case VK::Fcn: {
        const FcnObj* f = as_fcn(v);
        u8(kFcn);
        u8(f->seq ? 1 : 0);
        if (!f->seq) values(f->dom);
        return values(f->rng);
      }
      case VK::LazySet: case VK::FcnLazy: case VK::Closure: return shared(v);
    }
  }

 private:
  // Lazy values and closures are written once per state; later occurrences are references.
  void shared(const Value& v) {
    if (auto it = objs_.find(v.obj()); it != objs_.end()) {
      u8(kRef);
      return varint(it->second);
    }
    if (v.kind() == VK::LazySet) lazy_set(as_lazy(v));
    else if (v.kind() == VK::FcnLazy) lazy_fcn(static_cast<const FcnLazyObj*>(v.obj()));
    else closure(static_cast<const ClosureObj*>(v.obj()));
    objs_.emplace(v.obj(), static_cast<uint32_t>(objs_.size()));
  }
  void lazy_set(const LazySetObj* l) {
    u8(kLazySet);
    u8(static_cast<uint8_t>(l->lk));
    values(l->parts);
    varint(l->fields.size());
    for (const Value& f : l->fields) name(f);
    if (l->lk == LazyKind::Filter) body(l->pred);
  }
  void lazy_fcn(const FcnLazyObj* f) {
    u8(kFcnLazy);
    value(f->domain);
    body(f->body);
    varint(f->excepts.size());
    for (const LazyExcept& ex : f->excepts) {
      values(ex.path);
      value(ex.value);
    }
  }
  void closure(const ClosureObj* co) {
    u8(kClosure);
    node(co->target);
    svarint(co->arity);
    // A closure that still points into a live C++ frame was never captured: it cannot
    // be part of a state.
    if (co->frame && !co->env) malformed("an operator argument outside a captured frame");
    u8(co->env ? 1 : 0);
    if (co->env) env(*co->env);
  }
  void body(const LazyBody& b) {
    node(b.node);
    env(*b.env);
  }
  void env(const LazyEnv& e) {
    if (auto it = envs_.find(&e); it != envs_.end()) {
      u8(1);
      return varint(it->second);
    }
    u8(0);
    varint(e.frames.slots.size());
    for (const auto& frame : e.frames.slots) values(frame);
    u8((e.state.has_cur ? 1 : 0) | (e.state.has_next ? 2 : 0));
    if (e.state.has_cur) values(e.state.cur);
    if (e.state.has_next) values(e.state.next);
    u8((e.cc.init_mode ? 1 : 0) | (e.cc.shifted ? 2 : 0) | (e.cc.keep_lazy ? 4 : 0));
    svarint(e.cc.level);
    envs_.emplace(&e, static_cast<uint32_t>(envs_.size()));
  }

  const StateCodec& c_;
  std::unordered_map<const Obj*, uint32_t> objs_;
  std::unordered_map<const LazyEnv*, uint32_t> envs_;
};

std::string StateCodec::encode(const Value* state, size_t n) const {
  CodecWriter w(*this);
  w.out.append(kMagic, sizeof kMagic);
  for (int i = 0; i < 8; ++i) w.u8(static_cast<uint8_t>(hash_ >> (8 * i)));
  w.varint(n);
  for (size_t i = 0; i < n; ++i) w.value(state[i]);
  return std::move(w.out);
}

// ---- reading ---------------------------------------------------------------------------

class CodecReader {
 public:
  CodecReader(const StateCodec& c, std::string_view in) : c_(c), in_(in) {}

  bool done() const { return pos_ == in_.size(); }
  uint8_t u8() {
    if (pos_ >= in_.size()) malformed("truncated input");
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = u8();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    malformed("bad varint");
  }
  int64_t svarint() {
    uint64_t u = varint();
    return static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1));
  }
  size_t count() {
    uint64_t n = varint();
    if (n > in_.size() - pos_) malformed("bad length");  // every item takes a byte at least
    return static_cast<size_t>(n);
  }
  std::string_view name() {
    size_t n = count();
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  const Node* node() {
    uint64_t id = varint();
    if (id >= c_.nodes_.size()) malformed("bad node index");
    return c_.nodes_[static_cast<size_t>(id)];
  }
  std::vector<Value> values() {
    std::vector<Value> vs(count());
    for (Value& v : vs) v = value();
    return vs;
  }

  Value value() {
    uint8_t tag = u8();
    switch (tag) {
      case kUndef: return Value();
      case kFalse: return Value::boolean(false);
      case kTrue: return Value::boolean(true);
      case kInt: return Value::integer(svarint());
      case kStr: return c_.strings_->str(name());
      case kModel: return c_.strings_->model(name());
      case kSet: return make_set(values());
      case kInterval: {
        int64_t lo = svarint();
        return make_interval(lo, svarint());
      }
      case kFcn: {
        bool seq = u8() != 0;
        if (seq) return make_tuple(values());
        std::vector<Value> dom = values();
        std::vector<Value> rng = values();
        if (dom.size() != rng.size()) malformed("a function's domain and range differ in size");
        return make_fcn(std::move(dom), std::move(rng));
      }
      case kLazySet: return keep(lazy_set());
      case kFcnLazy: return keep(lazy_fcn());
      case kClosure: return keep(closure());
      case kRef: {
        uint64_t i = varint();
        if (i >= objs_.size()) malformed("bad reference");
        return objs_[static_cast<size_t>(i)];
      }
      default: malformed("bad tag " + std::to_string(tag));
    }
  }

 private:
  Value keep(Value v) {
    objs_.push_back(v);
    return v;
  }
  Value lazy_set() {
    uint8_t lk = u8();
    if (lk > static_cast<uint8_t>(LazyKind::Cap)) malformed("bad lazy set kind");
    std::vector<Value> parts = values();
    std::vector<Value> fields(count());
    for (Value& f : fields) f = c_.strings_->str(name());
    Value v = make_lazy_set(static_cast<LazyKind>(lk), std::move(parts), std::move(fields));
    if (static_cast<LazyKind>(lk) == LazyKind::Filter)
      const_cast<LazySetObj*>(as_lazy(v))->pred = body();
    return v;
  }
  Value lazy_fcn() {
    auto* f = new FcnLazyObj();
    Value v = Value::from_obj(f);
    f->domain = value();
    f->body = body();
    f->excepts.resize(count());
    for (LazyExcept& ex : f->excepts) {
      ex.path = values();
      if (ex.path.empty()) malformed("an empty EXCEPT path");
      ex.value = value();
    }
    return v;
  }
  Value closure() {
    auto* co = new ClosureObj();
    Value v = Value::from_obj(co);
    co->target = node();
    co->arity = static_cast<int>(svarint());
    if (u8()) {
      auto e = env();
      co->frame = const_cast<LazyEnv&>(*e).frames.top();
      co->env = std::move(e);
    }
    return v;
  }
  LazyBody body() {
    const Node* n = node();
    return {n, env()};
  }
  std::shared_ptr<const LazyEnv> env() {
    if (u8()) {
      uint64_t i = varint();
      if (i >= envs_.size()) malformed("bad environment reference");
      return envs_[static_cast<size_t>(i)];
    }
    auto e = std::make_shared<LazyEnv>();
    e->frames.slots.resize(count());
    for (auto& frame : e->frames.slots) frame = values();
    e->frames.link();
    uint8_t has = u8();
    e->state.has_cur = has & 1;
    e->state.has_next = has & 2;
    if (e->state.has_cur) e->state.cur = values();
    if (e->state.has_next) e->state.next = values();
    uint8_t flags = u8();
    e->cc.init_mode = flags & 1;
    e->cc.shifted = flags & 2;
    e->cc.keep_lazy = flags & 4;
    e->cc.level = static_cast<int>(svarint());
    if (c_.run_) e->cc.worker = &c_.run_->here();
    envs_.push_back(e);
    return e;
  }

  const StateCodec& c_;
  std::string_view in_;
  size_t pos_ = 0;
  std::vector<Value> objs_;
  std::vector<std::shared_ptr<const LazyEnv>> envs_;
};

std::vector<Value> StateCodec::decode(std::string_view bytes) const {
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) malformed("not an encoded state");
  uint64_t h = 0;
  for (int i = 0; i < 8; ++i) h |= static_cast<uint64_t>(static_cast<uint8_t>(bytes[4 + i])) << (8 * i);
  if (h != hash_) malformed("the state was encoded for another model");
  CodecReader r(*this, bytes.substr(12));
  std::vector<Value> state = r.values();
  if (!r.done()) malformed("trailing bytes");
  return state;
}

bool codec_round_trips(const StateCodec& codec, const Value* state, size_t n, std::string* why) {
  std::string bytes = codec.encode(state, n);
  std::vector<Value> back = codec.decode(bytes);
  auto fail = [&](std::string msg) {
    if (why) *why = std::move(msg);
    return false;
  };
  if (back.size() != n) return fail("decoded " + std::to_string(back.size()) + " values for " + std::to_string(n));
  for (size_t i = 0; i < n; ++i) {
    if (state[i].defined() != back[i].defined() || (state[i].defined() && !equals(state[i], back[i])))
      return fail("variable " + std::to_string(i) + ": " + to_string(state[i]) + " came back as " + to_string(back[i]));
    if (fingerprint(state[i]) != fingerprint(back[i]))
      return fail("variable " + std::to_string(i) + ": the fingerprint of " + to_string(state[i]) + " changed");
  }
  if (state_fingerprint(state, n) != state_fingerprint(back.data(), n)) return fail("the state's fingerprint changed");
  if (codec.encode(back) != bytes) return fail("the decoded state encodes to other bytes");
  return true;
}

void CodecVerifier::check(const Value* state, size_t n) {
  std::string why;
  bool ok = false;
  try {
    ok = codec_round_trips(codec_, state, n, &why);
  } catch (const Error& e) {
    why = e.what();
  }
  checked_.fetch_add(1);
  if (ok) return;
  if (failed_.fetch_add(1) == 0) {
    std::lock_guard<std::mutex> g(mu_);
    first_failure_ = why;
  }
}

}  // namespace cairn
