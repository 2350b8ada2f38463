#include "mappingchanges.h"

#include <atomic>

namespace sb {

namespace {
std::atomic<quint64> g_generation{1};
}

quint64 MappingChanges::generation() {
    return g_generation.load(std::memory_order_acquire);
}

void MappingChanges::bump() {
    g_generation.fetch_add(1, std::memory_order_acq_rel);
}

} // namespace sb
