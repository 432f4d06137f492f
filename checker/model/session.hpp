// A Session owns what one model check needs beyond its spec and would otherwise be
// process-wide: the source files it read (every Loc points into them), the run's settings
// (TLCGet("config")), its statistics source, its strings in TLC's interning order
// (RunContext::strings), and the per-worker contexts (seeded random generators, TLCSet
// registers). Evaluation reaches them through Ctx::worker, so several sessions can live
// in one process. Whoever reports a model's errors holds its Session (a shared_ptr): an
// Error thrown while loading still points into the files.
#pragma once

#include "checker/eval/worker.hpp"

namespace cairn {

struct Session {
  SourceManager sources;
  RunContext run;
};

}  // namespace cairn
