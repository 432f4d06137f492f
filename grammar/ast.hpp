// The TLA+ abstract syntax tree produced by grammar/ and consumed by checker/resolve.
//
// Design: one expression node type with a kind tag (cheap to switch on, no RTTI, as
// Souffle's NodeKind), children in `kids`, and a few kind-specific fields. Nodes are
// immutable after parsing and shared (`ExprPtr`). Every node carries a source range.
// Names are NOT resolved here: a bare identifier may be a variable, constant, definition,
// bound variable or operator parameter; resolution (checker/) decides.
//
// Operator symbols are canonicalised by the parser, so later stages see one spelling:
//   /\ \land ∧          -> Ex::And (n-ary; bulleted lists and infix alike)
//   \/ \lor ∨           -> Ex::Or  (n-ary)
//   ~ \lnot \neg ¬      -> "~"         # /= ≠        -> "/="
//   =< <= \leq ≤        -> "<="        >= \geq ≥     -> ">="
//   \cup \union ∪       -> "\\cup"     \cap \intersect ∩ -> "\\cap"
//   \o \circ            -> "\\o"       <=> \equiv ≡  -> "<=>"
//   => ⇒                -> "=>"        \in ∈ / \notin ∉ -> "\\in" / "\\notin"
//   \subseteq ⊆         -> "\\subseteq"  (other \sub..., \sqsub... keep their spelling)
//   prefix minus        -> "-."  (as SANY names it)      [] □ -> "[]"   <> ◇ -> "<>"
//   \X \times ×         -> Ex::CartProd (n-ary: A \X B \X C is one 3-ary product)
//   (+) \oplus ⊕        -> "\\oplus"   (likewise (-) \ominus, (.) \odot, (/) \oslash,
//                                      (\X) \otimes)
//   \A \forall ∀        -> "\\A"       \E \exists ∃ -> "\\E"
// Every other built-in or user-defined operator symbol keeps its ASCII spelling
// ("+", "..", "\\div", "%", "^", "**", "@@", ":>", "'", "^+", ...).
// Word operators are OpSym too: "UNCHANGED", "ENABLED", "SUBSET", "UNION", "DOMAIN".
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "grammar/source.hpp"

namespace cairn::ast {

struct Expr;
struct Unit;
struct Module;
using ExprPtr = std::shared_ptr<const Expr>;

enum class Ex : uint8_t {
  Num,          // ival; `sval` holds the literal text if it does not fit 64 bits
  Decimal,      // sval = "1.5"
  Str,          // sval = the string's contents (escapes decoded)
  Name,         // path = [M1!]...[Mk!]Op, each segment with its own arguments;
                //   a plain identifier is one segment with no args; `Op(a, b)` has args
  OpSym,        // built-in or user operator symbol applied: sval = canonical symbol,
                //   kids = operands (1 for prefix/postfix, 2 for infix), fix says which
  FcnApp,       // kids[0] applied to kids[1..] : f[a, b]
  Dot,          // kids[0].sval  (record field selection)
  Tuple,        // <<kids...>>
  SetEnum,      // {kids...}
  SetFilter,    // {bounds[0] : kids[0]}   e.g. {x \in S : P}, {<<x, y>> \in S : P}
  SetMap,       // {kids[0] : bounds...}   e.g. {e : x \in S, y \in T}
  FcnCons,      // [bounds |-> kids[0]]
  FcnSet,       // [kids[0] -> kids[1]]
  RcdCons,      // [fields[i] |-> kids[i]]
  RcdSet,       // [fields[i] : kids[i]]
  CartProd,     // kids[0] \X kids[1] \X ...
  Except,       // [kids[0] EXCEPT excepts...]
  At,           // @ inside an EXCEPT value
  If,           // IF kids[0] THEN kids[1] ELSE kids[2]
  Case,         // CASE kids[0] -> kids[1] [] kids[2] -> kids[3] ... ; if has_other the
                //   last kid is the OTHER expression (kids.size() odd)
  Let,          // LET defs IN kids[0]
  Forall,       // \A bounds : kids[0]  (bounded or unbounded binders)
  Exists,       // \E bounds : kids[0]
  TForall,      // \AA names : kids[0]  (names in bounds[..].names, no sets)
  TExists,      // \EE
  Choose,       // CHOOSE bounds[0] : kids[0]  (bounds[0].set may be null)
  And,          // kids[0] /\ kids[1] /\ ... ; `bulleted` tells a junction list
  Or,           // kids[0] \/ kids[1] \/ ...
  Lambda,       // LAMBDA params : kids[0]
  BoxAction,    // [kids[0]]_kids[1]
  AngleAction,  // <<kids[0]>>_kids[1]
  WF,           // WF_kids[0](kids[1])
  SF,           // SF_kids[0](kids[1])
  Label,        // sval :: kids[0]   (label parameters in params)
};

enum class Fix : uint8_t { None, Prefix, Infix, Postfix };

/// A formal parameter: `x` (arity 0) or `F(_, _)` (arity 2).
struct Param {
  std::string name;
  int arity = 0;
  Loc loc;
};

/// A binder: `x \in S`, `x, y \in S`, `<<x, y>> \in S` (tuple), or unbounded `x`
/// (set == nullptr).
struct Bound {
  std::vector<std::string> names;
  std::vector<Loc> name_locs;
  bool tuple = false;
  ExprPtr set;
  Loc loc;
};

/// One step of an EXCEPT path: `.field` or `[a, b]`.
struct ExceptStep {
  bool is_field = false;
  std::string field;
  std::vector<ExprPtr> args;
  Loc loc;
};

struct ExceptSpec {
  std::vector<ExceptStep> path;
  ExprPtr value;
  Loc loc;
};

/// One segment of a (possibly instance-qualified) name: `M(a)!` or the final `Op(x)`.
struct Segment {
  std::string name;
  std::vector<ExprPtr> args;
  Loc loc;
};

struct Expr {
  Ex kind;
  Loc loc;
  // A parenthesised expression keeps its own range in `loc` (SANY's node for `(e)` is e's),
  // and its range with the parentheses here: an expression it is an operand of spans them
  // (SANY's syntax node of `a + (b)` ends at the `)`). Invalid when not parenthesised.
  Loc outer;
  Fix fix = Fix::None;
  bool bulleted = false;  // And/Or built from a bulleted junction list
  bool has_other = false; // Case
  int64_t ival = 0;
  std::string sval;
  std::vector<ExprPtr> kids;
  std::vector<Segment> path;       // Name
  std::vector<Bound> bounds;       // quantifiers, CHOOSE, set builders, FcnCons
  std::vector<std::string> fields; // RcdCons, RcdSet
  std::vector<Loc> field_locs;
  std::vector<ExceptSpec> excepts; // Except
  std::vector<Param> params;       // Lambda, Label
  std::vector<std::shared_ptr<const Unit>> defs;  // Let

  Expr(Ex k, Loc l) : kind(k), loc(l) {}
  /// The range an enclosing expression covers this one by: with its parentheses, if any.
  const Loc& span() const { return outer.valid() ? outer : loc; }
};

enum class UnitKind : uint8_t {
  OpDef,      // name(params) == body   (infix `a ** b == ...` has name "**" and 2 params)
  FcnDef,     // name[bounds] == body
  Instance,   // [name(params) ==] INSTANCE inst   (name empty for a plain INSTANCE)
  Constants,  // CONSTANT(S) params (operator constants have arity > 0)
  Variables,  // VARIABLE(S) params (arity 0)
  Assume,     // ASSUME/AXIOM [name ==] body
  Theorem,    // THEOREM/LEMMA/... [name ==] body (body may be null for ASSUME/PROVE forms);
              //   proof: its steps and BY clauses (facts and DEF names, for SANY's checks)
  Recursive,  // RECURSIVE params (declarations only)
  Submodule,  // a nested ---- MODULE ... ==== : nested
  UseHide,    // USE/HIDE: use (facts and DEF names, checked as SANY does; no other effect)
};

struct InstanceSpec {
  std::string module;
  Loc module_loc;
  struct Subst {
    std::string name;  // the parameter of the instantiated module (may be an operator symbol)
    ExprPtr value;     // an expression, or a Name / Lambda / OpSym-less operator reference
    Loc loc;
  };
  std::vector<Subst> with;
};

/// One fact or DEF entry of a USE, HIDE or BY: an expression (a theorem, assumption or
/// definition name, possibly instance-qualified or with a subexpression path, or any other
/// expression), a proof step name `<1>2`, `MODULE M`, or an operator symbol (`DEF +`).
struct ProofRef {
  enum class K : uint8_t { Expr, Step, Module, OpSym } k = K::Expr;
  ExprPtr expr;      // Expr
  std::string name;  // Step (without trailing dots), Module
  Loc loc;
};

struct UseHide {
  bool hide = false;
  std::vector<ProofRef> facts;
  std::vector<ProofRef> defs;
};

/// One item of a proof as written: a step or a BY clause. Items are kept flat, in source
/// order; the step levels (`<2>` inside `<1>`) give the nesting.
struct ProofItem {
  // SANY: DEFINE, USE/HIDE and INSTANCE steps are not facts; every other step is.
  enum class K : uint8_t { By, Fact, Define, UseHide, Instance } k = K::Fact;
  std::string step;                      // the step token without trailing dots: "<1>2", "<+>"
  Loc loc;
  std::shared_ptr<const UseHide> use;    // By, UseHide
  std::vector<std::string> scoped;       // declared for the step's own proof: ASSUME NEW x
  std::vector<std::string> binds;        // declared for the following steps: PICK, TAKE,
                                         //   SUFFICES ASSUME NEW
  std::vector<std::string> defines;      // defined for the following steps: DEFINE, D == e
};

struct Unit {
  UnitKind kind;
  Loc loc;
  bool local = false;
  Fix fix = Fix::None;          // for OpDef of a user-defined operator symbol
  std::string name;
  Loc name_loc;
  std::vector<Param> params;    // OpDef, Instance, Constants, Variables, Recursive
  std::vector<Bound> bounds;    // FcnDef
  ExprPtr body;                 // OpDef, FcnDef, Assume, Theorem
  InstanceSpec inst;            // Instance
  std::shared_ptr<const Module> nested;  // Submodule
  std::shared_ptr<const UseHide> use;    // UseHide
  std::vector<ProofItem> proof;          // Theorem
  std::vector<std::string> news;         // Theorem: the NEW names of ASSUME ... PROVE

  Unit(UnitKind k, Loc l) : kind(k), loc(l) {}
};

struct Module {
  std::string name;
  Loc loc;
  const SourceFile* file = nullptr;
  std::vector<std::string> extends;
  std::vector<Loc> extends_locs;
  std::vector<std::shared_ptr<const Unit>> units;  // in source order
};

using ModulePtr = std::shared_ptr<const Module>;

}  // namespace cairn::ast
