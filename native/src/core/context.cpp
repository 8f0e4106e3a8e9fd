#include "core/context.h"

sdn_context::sdn_context(int n_threads, sdn_backend_kind backend_kind)
    : backend(backend_kind), isa(sdn::detect_cpu_isa()), pool(n_threads) {}

sdn_status sdn_context::fail(sdn_status status, std::string message) {
    last_error = std::move(message);
    return status;
}

sdn_status sdn_context::ok() {
    last_error.clear();
    return SDN_STATUS_OK;
}

bool sdn_context::report_progress(int64_t done, int64_t total) {
    if (progress != nullptr && progress(progress_user_data, done, total) != 0) cancel.store(true);
    return !cancelled();
}
