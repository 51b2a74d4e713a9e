#include "core/mnist/libtorch/native/native_warp.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <string>

namespace bplab::native {

torch::Tensor warpBilinear(const torch::Tensor& images, const torch::Tensor& theta) {
    // The loop below walks H·W floats per image and six per matrix: one channel, one matrix per image.
    TORCH_CHECK(images.dim() == 4 && images.size(1) == 1 && images.scalar_type() == torch::kFloat &&
                    images.device().is_cpu(),
                "native warp: float CPU images of [N, 1 channel, H, W] are needed, got ", images.sizes(), " ",
                images.scalar_type(), " on ", images.device(),
                images.dim() == 4 ? " (" + std::to_string(images.size(1)) + " channels)" : std::string());
    TORCH_CHECK(theta.dim() == 3 && theta.size(0) == images.size(0) && theta.size(1) == 2 &&
                    theta.size(2) == 3 && theta.scalar_type() == torch::kFloat && theta.device().is_cpu(),
                "native warp: one float 2×3 matrix per image is needed, [", images.size(0), ", 2, 3], got ",
                theta.sizes());
    const torch::Tensor in = images.contiguous(), matrices = theta.contiguous();
    const auto batch = in.size(0);
    const int height = static_cast<int>(in.size(2)), width = static_cast<int>(in.size(3));
    torch::Tensor out = torch::empty_like(in);
    const float* source = in.data_ptr<float>();
    const float* m = matrices.data_ptr<float>();
    float* target = out.data_ptr<float>();
    at::parallel_for(0, batch, /*grain_size=*/16, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t b = begin; b < end; ++b) {
            const float* t = m + b * 6;
            const float* pixels = source + b * height * width;
            float* warped = target + b * height * width;
            // Inside the image, with zeros outside: grid_sample's "zeros" padding.
            auto at = [&](int row, int col) {
                return row >= 0 && row < height && col >= 0 && col < width ? pixels[row * width + col] : 0.0f;
            };
            for (int i = 0; i < height; ++i) {
                // affine_grid's normalised pixel centres (align_corners = false): (2i + 1)/H − 1.
                const float y = static_cast<float>(2 * i + 1) / static_cast<float>(height) - 1.0f;
                for (int j = 0; j < width; ++j) {
                    const float x = static_cast<float>(2 * j + 1) / static_cast<float>(width) - 1.0f;
                    const float gx = t[0] * x + t[1] * y + t[2];
                    const float gy = t[3] * x + t[4] * y + t[5];
                    // grid_sample's unnormalisation (align_corners = false), then the four neighbours.
                    const float ix = ((gx + 1.0f) * static_cast<float>(width) - 1.0f) / 2.0f;
                    const float iy = ((gy + 1.0f) * static_cast<float>(height) - 1.0f) / 2.0f;
                    const float left = std::floor(ix), top = std::floor(iy);
                    const float fx = ix - left, fy = iy - top;
                    const int col = static_cast<int>(left), row = static_cast<int>(top);
                    warped[i * width + j] =
                        (1.0f - fy) * ((1.0f - fx) * at(row, col) + fx * at(row, col + 1)) +
                        fy * ((1.0f - fx) * at(row + 1, col) + fx * at(row + 1, col + 1));
                }
            }
        }
    });
    return out;
}

} // namespace bplab::native
