// `cairn-mpi check`: the stages of `cairn check` (driver.cpp) around the distributed search
// (mpi_search.hpp), on every rank of MPI_COMM_WORLD; rank 0 alone prints and writes files.
#pragma once

#include <cstddef>

#include "checker/driver/driver.hpp"

namespace cairn::distributed {

/// Runs the check on this rank (MPI is initialized); returns TLC's exit code, the same on
/// every rank (rank 0's).
int run_check(const RunOptions& o, size_t batch_bytes);

}  // namespace cairn::distributed
