// sdn_op_matmul against a naive double-precision reference, on awkward shapes and thread counts.
#include <gtest/gtest.h>

#include <tuple>

#include "test_util.h"

using namespace sdn_test;

namespace {

std::vector<double> naive_matmul(const std::vector<float>& a, const std::vector<float>& w, int64_t batch, int64_t m,
                                 int64_t n, int64_t k) {
    std::vector<double> c(static_cast<size_t>(batch * m * n), 0.0);
    for (int64_t b = 0; b < batch; ++b)
        for (int64_t i = 0; i < m; ++i)
            for (int64_t j = 0; j < n; ++j) {
                double s = 0;
                for (int64_t kk = 0; kk < k; ++kk)
                    s += static_cast<double>(a[static_cast<size_t>((b * m + i) * k + kk)]) * w[static_cast<size_t>(kk * n + j)];
                c[static_cast<size_t>((b * m + i) * n + j)] = s;
            }
    return c;
}

class MatmulShapes : public ::testing::TestWithParam<std::tuple<int64_t, int64_t, int64_t, int64_t, int>> {};

TEST_P(MatmulShapes, MatchesNaiveReference) {
    const auto [batch, m, n, k, threads] = GetParam();
    auto ctx = make_context(threads);
    ASSERT_NE(ctx, nullptr);
    const auto a_data = random_vector(static_cast<size_t>(batch * m * k), 1);
    const auto w_data = random_vector(static_cast<size_t>(k * n), 2);
    auto a = make_f32(ctx.get(), {batch, m, k}, &a_data);
    auto w = make_f32(ctx.get(), {k, n}, &w_data);
    auto c = make_f32(ctx.get(), {batch, m, n});
    ASSERT_EQ(sdn_op_matmul(ctx.get(), a.get(), w.get(), c.get()), SDN_STATUS_OK) << sdn_last_error(ctx.get());
    std::vector<float> out(static_cast<size_t>(batch * m * n));
    ASSERT_EQ(sdn_tensor_download(ctx.get(), c.get(), out.data(), out.size() * sizeof(float)), SDN_STATUS_OK);
    EXPECT_LT(rel_l2(out, naive_matmul(a_data, w_data, batch, m, n, k)), 1e-6);
}

INSTANTIATE_TEST_SUITE_P(AwkwardShapes, MatmulShapes,
                         ::testing::Values(std::make_tuple(1, 1, 1, 1, 1), std::make_tuple(1, 7, 13, 11, 2),
                                           std::make_tuple(2, 17, 31, 257, 3), std::make_tuple(2, 64, 40, 320, 2),
                                           std::make_tuple(1, 3, 5, 1, 1)));

TEST(Matmul, RejectsMismatchedInnerDimensionWithMessage) {
    auto ctx = make_context(1);
    auto a = make_f32(ctx.get(), {2, 3});
    auto w = make_f32(ctx.get(), {4, 5});
    auto c = make_f32(ctx.get(), {2, 5});
    EXPECT_EQ(sdn_op_matmul(ctx.get(), a.get(), w.get(), c.get()), SDN_STATUS_SHAPE_MISMATCH);
    EXPECT_NE(std::string(sdn_last_error(ctx.get())).find("inner dimensions"), std::string::npos);
}

TEST(Matmul, RejectsWrongOutputShape) {
    auto ctx = make_context(1);
    auto a = make_f32(ctx.get(), {2, 3});
    auto w = make_f32(ctx.get(), {3, 5});
    auto c = make_f32(ctx.get(), {2, 4});
    EXPECT_EQ(sdn_op_matmul(ctx.get(), a.get(), w.get(), c.get()), SDN_STATUS_SHAPE_MISMATCH);
}

TEST(Matmul, RejectsNonF32) {
    auto ctx = make_context(1);
    const int64_t shape[] = {2, 2};
    sdn_tensor* h = nullptr;
    ASSERT_EQ(sdn_tensor_create(ctx.get(), SDN_DTYPE_F16, 2, shape, &h), SDN_STATUS_OK);
    TensorPtr half(h);
    auto w = make_f32(ctx.get(), {2, 2});
    auto c = make_f32(ctx.get(), {2, 2});
    EXPECT_EQ(sdn_op_matmul(ctx.get(), half.get(), w.get(), c.get()), SDN_STATUS_UNSUPPORTED);
}

TEST(Matmul, ZeroInnerDimensionGivesZeros) {
    auto ctx = make_context(2);
    auto a = make_f32(ctx.get(), {3, 0});
    auto w = make_f32(ctx.get(), {0, 2});
    const std::vector<float> junk(6, 5.0f);
    auto c = make_f32(ctx.get(), {3, 2}, &junk);
    ASSERT_EQ(sdn_op_matmul(ctx.get(), a.get(), w.get(), c.get()), SDN_STATUS_OK);
    std::vector<float> out(6, 1.0f);
    sdn_tensor_download(ctx.get(), c.get(), out.data(), out.size() * sizeof(float));
    for (float v : out) EXPECT_EQ(v, 0.0f);
}

}  // namespace
