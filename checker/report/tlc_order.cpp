#include "checker/report/tlc_order.hpp"

#include <map>
#include <numeric>
#include <set>
#include <stdexcept>

#include "checker/model/model.hpp"

namespace cairn {

namespace {

// The symbols of a module's context (tla2sany.semantic.Context), in the order they were
// put into its table; only their kinds and the variables' names matter for the order.
struct Sym {
  enum class K : uint8_t { def, constant, variable, theorem, module } k = K::def;
  std::string name;
  bool local = false;
  bool instance = false;  // the I of I == INSTANCE M
  bool own = false;       // a theorem of the module being built (whose origin it is)
  bool origin_free = true;  // a theorem: its module of origin has no CONSTANT or VARIABLE
};

struct Context {
  std::vector<Sym> syms;
  std::set<std::pair<std::string, bool>> keys;  // a ModuleName is a key of its own
  void add(Sym s) {
    if (keys.insert({s.name, s.k == Sym::K::module}).second) syms.push_back(std::move(s));
  }
};

// SANY's Context starts with the built-in operators (Context.initialize: STRING, FALSE,
// TRUE, BOOLEAN, =, ... $Suffices).
constexpr size_t kBuiltins = 72;

/// What TLC's own standard modules put into a module that EXTENDS them (their non-local
/// symbols, in order; their LOCAL INSTANCEs add nothing), read from SANY's tables.
const std::vector<std::string>* standard_exports(const std::string& name) {
  static const std::map<std::string, std::vector<std::string>> table = [] {
    std::vector<std::string> nat = {"Nat", "+", "-", "*", "^", "<", ">", "\\leq", "\\geq", "%", "\\div", ".."};
    std::vector<std::string> integers = nat;
    integers.insert(integers.end(), {"Int", "-."});
    std::vector<std::string> reals = integers;
    reals.insert(reals.end(), {"Real", "/", "Infinity"});
    std::vector<std::string> tlc = {"Print", "PrintT", "Assert", "JavaTime", "TLCGet", "TLCSet", ":>", "@@",
                                    "Permutations", "SortSeq", "RandomElement", "Any", "ToString", "TLCEval"};
    std::vector<std::string> bags = tlc;
    bags.insert(bags.end(), {"IsABag", "BagToSet", "SetToBag", "BagIn", "EmptyBag", "\\oplus", "\\ominus", "BagUnion",
                             "\\sqsubseteq", "SubBag", "BagOfAll", "BagCardinality", "CopiesIn"});
    std::vector<std::string> realtime = reals;
    realtime.insert(realtime.end(), {"now", "RTBound", "RTnow"});  // now: a VARIABLE
    return std::map<std::string, std::vector<std::string>>{
        {"Naturals", nat},
        {"Integers", integers},
        {"Reals", reals},
        {"Sequences", {"Seq", "Len", "\\o", "Append", "Head", "Tail", "SubSeq", "SelectSeq"}},
        {"FiniteSets", {"IsFiniteSet", "Cardinality"}},
        {"TLC", tlc},
        {"Bags", bags},
        {"Randomization", {"RandomSubset", "RandomSetOfSubsets", "TestRandomSetOfSubsets"}},
        {"RealTime", realtime},
        {"TLCExt", {"AssertEq", "AssertError", "TLCGetOrDefault", "TLCGetAndSet", "Trace", "CounterExample",
                    "ToTrace", "TLCModelValue", "TLCDefer", "TLCNoOp", "PickSuccessor", "TLCCache", "TLCFP",
                    "TLCEvalDefinition"}},
    };
  }();
  auto it = table.find(name);
  return it == table.end() ? nullptr : &it->second;
}

class Contexts {
 public:
  explicit Contexts(ModuleLoader& loader) : loader_(loader) {}

  /// The context of module `name` (without the built-ins).
  const Context& of(const std::string& name) {
    auto it = done_.find(name);
    if (it != done_.end()) return it->second;
    Context c;
    if (const auto* exports = loader_.is_standard(name) ? standard_exports(name) : nullptr) {
      for (const auto& s : *exports)
        c.add(Sym{name == "RealTime" && s == "now" ? Sym::K::variable : Sym::K::def, s, false});
    } else {
      if (!busy_.insert(name).second) throw std::runtime_error("cyclic modules");
      build(*loader_.load(name, {}), c);
      busy_.erase(name);
    }
    return done_.emplace(name, std::move(c)).first->second;
  }

  /// Generator: the EXTENDS merged first (Context.mergeExtendContext: the extendee's
  /// non-local symbols in its order, names already there skipped), then each unit.
  /// A module's parameters: its CONSTANTs and VARIABLEs, with the ones it EXTENDS.
  static bool parameter_free(const Context& c) {
    for (const Sym& s : c.syms)
      if (s.k == Sym::K::constant || s.k == Sym::K::variable) return false;
    return true;
  }

  void build(const ast::Module& m, Context& c) {
    for (const auto& e : m.extends)
      for (const Sym& s : of(e).syms)
        if (!s.local) c.add(s);
    for (const auto& up : m.units) {
      const ast::Unit& u = *up;
      switch (u.kind) {
        case ast::UnitKind::Constants:
          for (const auto& p : u.params) c.add(Sym{Sym::K::constant, p.name, false});
          break;
        case ast::UnitKind::Variables:
          for (const auto& p : u.params) c.add(Sym{Sym::K::variable, p.name, false});
          break;
        case ast::UnitKind::Recursive:  // the definition comes later, into the same entry
          for (const auto& p : u.params) c.add(Sym{Sym::K::def, p.name, false});
          break;
        case ast::UnitKind::OpDef:
        case ast::UnitKind::FcnDef: c.add(Sym{Sym::K::def, u.name, u.local}); break;
        case ast::UnitKind::Instance: {
          // The instantiated module's non-local definitions, then its theorems and
          // assumptions: as they are (plain INSTANCE) or as I!d (I == INSTANCE M), then I.
          // A plain INSTANCE of a module with parameters does not add the theorems that
          // come from a module without any (Generator.generateInstance: no addSymbol on
          // that branch); a named one adds all (as I!t).
          const Context& inst = of(u.inst.module);
          bool free = parameter_free(inst);
          std::vector<Sym> defs;
          for (Sym::K k : {Sym::K::def, Sym::K::theorem})
            for (const Sym& s : inst.syms)
              // A plain INSTANCE skips the instancee's own I == INSTANCE (its I!d come).
              if (s.k == k && !s.local && !(s.instance && u.name.empty()) &&
                  (k == Sym::K::def || !u.name.empty() || free || !s.origin_free))
                defs.push_back(s);
          for (const Sym& s : defs) {
            Sym t{s.k, u.name.empty() ? s.name : u.name + "!" + s.name, u.local};
            t.origin_free = s.origin_free;
            t.own = s.k == Sym::K::theorem && !free;  // a new node, of this module
            c.add(std::move(t));
          }
          if (!u.name.empty()) c.add(Sym{Sym::K::def, u.name, u.local, true});
          break;
        }
        case ast::UnitKind::Assume:
        case ast::UnitKind::Theorem:
          if (!u.name.empty()) {
            Sym t{Sym::K::theorem, u.name, false};
            t.own = true;
            c.add(std::move(t));
          }
          break;
        case ast::UnitKind::Submodule:
          if (u.nested) c.add(Sym{Sym::K::module, u.nested->name, false});
          break;
        default: break;
      }
    }
    bool free = parameter_free(c);
    for (Sym& s : c.syms)
      if (s.own) s.origin_free = free, s.own = false;
  }

 private:
  ModuleLoader& loader_;
  std::map<std::string, Context> done_;
  std::set<std::string> busy_;
};

}  // namespace

int32_t java_string_hash(const std::string& s) {
  uint32_t h = 0;
  for (unsigned char ch : s) h = 31 * h + ch;
  return static_cast<int32_t>(h);
}

std::vector<size_t> java_hashtable_order(const std::vector<int32_t>& hashes) {
  auto bucket = [](int32_t h, size_t cap) { return (static_cast<uint32_t>(h) & 0x7FFFFFFFu) % cap; };
  size_t cap = 11, threshold = 8;
  std::vector<std::vector<size_t>> table(cap);  // each chain from its tail to its head
  for (size_t k = 0; k < hashes.size(); ++k) {
    if (k >= threshold) {  // Hashtable.addEntry: count >= threshold rehashes first
      size_t bigger = cap * 2 + 1;
      std::vector<std::vector<size_t>> t(bigger);
      for (size_t i = cap; i-- > 0;)
        for (auto e = table[i].rbegin(); e != table[i].rend(); ++e) t[bucket(hashes[*e], bigger)].push_back(*e);
      table.swap(t);
      cap = bigger;
      threshold = static_cast<size_t>(static_cast<float>(bigger) * 0.75f);
    }
    table[bucket(hashes[k], cap)].push_back(k);
  }
  std::vector<size_t> out;
  for (size_t i = cap; i-- > 0;)
    for (auto e = table[i].rbegin(); e != table[i].rend(); ++e) out.push_back(*e);
  return out;
}

std::vector<size_t> declaration_order(size_t n) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  return order;
}

std::vector<size_t> tlc_variable_order(const Model& m) {
  const auto& names = m.spec->var_names;
  std::vector<size_t> declared = declaration_order(names.size());
  if (!m.loader || names.size() < 2) return declared;
  try {
    Contexts contexts(*m.loader);
    const Context& root = contexts.of(m.spec->root_module);
    // The table's keys: the built-ins, then the root's symbols; only the variables'
    // hashes matter (other keys only count), so the others get 0.
    std::vector<int32_t> hashes(kBuiltins, 0);
    for (const Sym& s : root.syms) hashes.push_back(s.k == Sym::K::variable ? java_string_hash(s.name) : 0);
    // getVariableDecls: the variables in the reverse of the table's enumeration.
    std::vector<size_t> order;
    std::vector<size_t> enumeration = java_hashtable_order(hashes);
    for (auto it = enumeration.rbegin(); it != enumeration.rend(); ++it) {
      if (*it < kBuiltins || root.syms[*it - kBuiltins].k != Sym::K::variable) continue;
      const std::string& v = root.syms[*it - kBuiltins].name;
      size_t i = 0;
      while (i < names.size() && names[i] != v) ++i;
      if (i == names.size()) return declared;
      order.push_back(i);
    }
    if (order.size() != names.size()) return declared;
    return order;
  } catch (...) {  // a module that cannot be read: the declaration order
    return declared;
  }
}

}  // namespace cairn
