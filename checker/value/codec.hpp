// StateCodec: a state (its variables' values) to bytes and back, exactly.
//
// The bytes mean the same in another process of the same model: strings and model values
// are written by name (their tokens are the run's interning order), sets and functions
// are rebuilt through make_set/make_fcn (so the decoding process's canonical order holds),
// and lazy values and operator arguments are written as data: the index of their IR node
// in the model's node list, and the values they captured (frames, states, flags; see
// LazyBody, LazyEnv). Node indices are meaningful only for the same model: the header
// holds a hash of the model's IR, checked on decoding. Objects that a state shares (a lazy
// value, a captured environment) are written once and referred to afterwards.
//
// Format: "CST1", the model hash (8 bytes, little endian), the number of values, then each
// value as a tag byte and its contents (varints, zigzag for signed).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/value/value.hpp"

namespace cairn {

struct Model;
class RunContext;

class StateCodec {
 public:
  /// nodes: the model's IR nodes (ResolvedSpec::nodes), whose indices the bytes use;
  /// strings: the run's Interner, which decoded strings are interned into.
  StateCodec(std::vector<const Node*> nodes, Interner& strings);
  static StateCodec for_model(const Model& m);

  std::string encode(const Value* state, size_t n) const;
  std::string encode(const std::vector<Value>& state) const { return encode(state.data(), state.size()); }
  /// Throws Error on bytes that are not a state of this model.
  std::vector<Value> decode(std::string_view bytes) const;
  uint64_t model_hash() const { return hash_; }

 private:
  friend class CodecWriter;
  friend class CodecReader;
  std::vector<const Node*> nodes_;
  std::unordered_map<const Node*, uint32_t> ids_;
  uint64_t hash_ = 0;
  Interner* strings_;
  RunContext* run_ = nullptr;  // the run whose workers evaluate decoded lazy values
};

/// Whether state round-trips: decode(encode(s)) equals s variable by variable, has the
/// same fingerprint, and encodes to the same bytes again. Otherwise says why in *why.
bool codec_round_trips(const StateCodec& codec, const Value* state, size_t n, std::string* why);

/// Round-trips states (from any number of threads), counting them and keeping the first
/// failure: the check behind `cairn check --verify-codec` and the codec's unit test.
class CodecVerifier {
 public:
  explicit CodecVerifier(StateCodec codec) : codec_(std::move(codec)) {}
  void check(const Value* state, size_t n);
  int64_t checked() const { return checked_.load(); }
  int64_t failed() const { return failed_.load(); }
  std::string first_failure() const {
    std::lock_guard<std::mutex> g(mu_);
    return first_failure_;
  }

 private:
  StateCodec codec_;
  std::atomic<int64_t> checked_{0}, failed_{0};
  mutable std::mutex mu_;
  std::string first_failure_;
};

}  // namespace cairn
