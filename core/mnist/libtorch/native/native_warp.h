#pragma once

// The training images' augmentation (a rotation and shift per image), computed directly: the same
// result as LibTorch's affine_grid followed by grid_sample (bilinear, zeros outside, corners not
// aligned), without building the sampling grid (which LibTorch computes with a batched matrix product
// on Debian's reference BLAS, one thread) or walking it a second time. LibTorch inside: include only
// from core/mnist/libtorch .cpp files.
#include <torch/torch.h>

namespace bplab::native {

// images: [B, 1, H, W] float (CPU); theta: [B, 2, 3] float, affine_grid's matrices (output pixel
// coordinates in [-1, 1] → input coordinates). Returns the warped images, [B, 1, H, W]. Other shapes
// (more channels, a matrix count other than B) throw.
torch::Tensor warpBilinear(const torch::Tensor& images, const torch::Tensor& theta);

} // namespace bplab::native
