// The ABI's bookkeeping: version, status names, dtype sizes, backends, contexts and tensors.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "test_util.h"

using namespace sdn_test;

namespace {

TEST(Api, VersionMatchesHeader) {
    EXPECT_EQ(sdn_version(), SDN_VERSION_MAJOR * 10000u + SDN_VERSION_MINOR * 100u + SDN_VERSION_PATCH);
}

TEST(Api, StatusNamesAreDistinctAndNeverNull) {
    EXPECT_STREQ(sdn_status_name(SDN_STATUS_OK), "SDN_STATUS_OK");
    EXPECT_STREQ(sdn_status_name(SDN_STATUS_CANCELLED), "SDN_STATUS_CANCELLED");
}

TEST(Api, DtypeSizesFollowGgufBlocks) {
    size_t bytes = 0;
    EXPECT_EQ(sdn_dtype_size(SDN_DTYPE_F32, 10, &bytes), SDN_STATUS_OK);
    EXPECT_EQ(bytes, 40u);
    EXPECT_EQ(sdn_dtype_size(SDN_DTYPE_Q8_0, 64, &bytes), SDN_STATUS_OK);
    EXPECT_EQ(bytes, 68u);
    EXPECT_EQ(sdn_dtype_size(SDN_DTYPE_Q4_0, 32, &bytes), SDN_STATUS_OK);
    EXPECT_EQ(bytes, 18u);
    EXPECT_EQ(sdn_dtype_size(SDN_DTYPE_Q5_1, 32, &bytes), SDN_STATUS_OK);
    EXPECT_EQ(bytes, 24u);
    EXPECT_EQ(sdn_dtype_size(SDN_DTYPE_Q4_0, 33, &bytes), SDN_STATUS_INVALID_ARGUMENT);
    EXPECT_EQ(sdn_dtype_size(static_cast<sdn_dtype>(31), 1, &bytes), SDN_STATUS_INVALID_ARGUMENT);
}

TEST(Api, BackendsAreEnumeratedWithReasons) {
    ASSERT_EQ(sdn_backend_count(), 3);
    bool saw_cpu = false;
    for (int32_t i = 0; i < sdn_backend_count(); ++i) {
        sdn_backend_info info{};
        info.struct_size = sizeof info;
        ASSERT_EQ(sdn_backend_get_info(i, &info), SDN_STATUS_OK);
        EXPECT_GT(std::strlen(info.name), 0u);
        EXPECT_GT(std::strlen(info.description), 0u);
        if (info.kind == SDN_BACKEND_CPU) saw_cpu = info.available == 1;
    }
    EXPECT_TRUE(saw_cpu);
    sdn_backend_info info{};
    EXPECT_EQ(sdn_backend_get_info(0, &info), SDN_STATUS_INVALID_ARGUMENT) << "struct_size 0 must be refused";
    info.struct_size = sizeof info;
    EXPECT_EQ(sdn_backend_get_info(3, &info), SDN_STATUS_INVALID_ARGUMENT);
}

TEST(Api, ContextHonoursThreadCount) {
    auto ctx = make_context(3);
    ASSERT_NE(ctx, nullptr);
    EXPECT_EQ(sdn_context_thread_count(ctx.get()), 3);
    EXPECT_STREQ(sdn_last_error(ctx.get()), "");
}

TEST(Api, ContextCreationRejectsBadParams) {
    sdn_context* ctx = reinterpret_cast<sdn_context*>(0x1);
    sdn_context_params p = sdn_context_default_params();
    p.n_threads = -1;
    EXPECT_EQ(sdn_context_create(&p, &ctx), SDN_STATUS_INVALID_ARGUMENT);
    EXPECT_EQ(ctx, nullptr);
    p = sdn_context_default_params();
    p.struct_size = 4;
    EXPECT_EQ(sdn_context_create(&p, &ctx), SDN_STATUS_INVALID_ARGUMENT);
    p = sdn_context_default_params();
    p.backend = SDN_BACKEND_CUDA;
    EXPECT_EQ(sdn_context_create(&p, &ctx), SDN_STATUS_BACKEND_UNAVAILABLE);
    EXPECT_EQ(sdn_context_create(nullptr, &ctx), SDN_STATUS_INVALID_ARGUMENT);
}

TEST(Api, TensorRoundTripsData) {
    auto ctx = make_context(1);
    const std::vector<float> data = random_vector(2 * 3 * 5, 7);
    auto t = make_f32(ctx.get(), {2, 3, 5}, &data);
    ASSERT_NE(t, nullptr);
    int32_t rank = 0;
    int64_t shape[SDN_MAX_DIMS];
    ASSERT_EQ(sdn_tensor_get_shape(t.get(), &rank, shape), SDN_STATUS_OK);
    EXPECT_EQ(rank, 3);
    EXPECT_EQ(shape[2], 5);
    EXPECT_EQ(sdn_tensor_get_bytes(t.get()), data.size() * sizeof(float));
    std::vector<float> back(data.size());
    ASSERT_EQ(sdn_tensor_download(ctx.get(), t.get(), back.data(), back.size() * sizeof(float)), SDN_STATUS_OK);
    EXPECT_EQ(back, data);
}

TEST(Api, TensorUploadOfWrongSizeIsRefusedWithMessage) {
    auto ctx = make_context(1);
    auto t = make_f32(ctx.get(), {4});
    float data[3] = {};
    EXPECT_EQ(sdn_tensor_upload(ctx.get(), t.get(), data, sizeof data), SDN_STATUS_INVALID_ARGUMENT);
    EXPECT_NE(std::string(sdn_last_error(ctx.get())).find("16"), std::string::npos);
}

TEST(Api, TensorCreationRejectsBadShapes) {
    auto ctx = make_context(1);
    sdn_tensor* t = nullptr;
    const int64_t negative[] = {2, -1};
    EXPECT_EQ(sdn_tensor_create(ctx.get(), SDN_DTYPE_F32, 2, negative, &t), SDN_STATUS_INVALID_ARGUMENT);
    const int64_t huge[] = {INT64_MAX / 2, 4};
    EXPECT_EQ(sdn_tensor_create(ctx.get(), SDN_DTYPE_F32, 2, huge, &t), SDN_STATUS_INVALID_ARGUMENT);
    const int64_t not_blocks[] = {2, 33};
    EXPECT_EQ(sdn_tensor_create(ctx.get(), SDN_DTYPE_Q8_0, 2, not_blocks, &t), SDN_STATUS_INVALID_ARGUMENT);
    EXPECT_EQ(sdn_tensor_create(ctx.get(), SDN_DTYPE_F32, SDN_MAX_DIMS + 1, negative, &t), SDN_STATUS_INVALID_ARGUMENT);
    EXPECT_EQ(t, nullptr);
}

TEST(Api, ProgressCallbackAndCancelFlagAreStoredPerContext) {
    auto a = make_context(1);
    auto b = make_context(1);
    ASSERT_EQ(sdn_context_set_progress(a.get(), nullptr, nullptr), SDN_STATUS_OK);
    sdn_context_cancel(a.get());
    sdn_context_reset_cancel(a.get());
    EXPECT_STREQ(sdn_last_error(b.get()), "");
}

}  // namespace
