#include "core/mnist/libtorch/native/native_layers.h"

#include "core/mnist/libtorch/mnist_net.h"

#include <ATen/Parallel.h>

#include <cstdlib>

namespace bplab::native {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// The kernel table travels through the autograd context as a number (saved_data holds IValues only).
void remember(AutogradContext* ctx, const Kernels& kernels) {
    ctx->saved_data["kernels"] = static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(&kernels));
}
const Kernels& recall(AutogradContext* ctx) {
    return *reinterpret_cast<const Kernels*>(static_cast<std::intptr_t>(ctx->saved_data["kernels"].toInt()));
}

// Runs items [0, count) on LibTorch's intra-op threads.
template <typename Work> void inParallel(std::int64_t count, const Work& work) {
    at::parallel_for(0, count, /*grain_size=*/1, work);
}

// Every layer takes [C, H, W, lanes] float CPU tensors with whole vectors of lanes: the kernels load
// and store whole vectors and read raw pointers.
void checkLanes(const torch::Tensor& t, const char* layer) {
    TORCH_CHECK(t.dim() == 4 && t.scalar_type() == torch::kFloat && t.device().is_cpu() &&
                    t.size(3) % kLanes == 0,
                "native ", layer, ": a [C, H, W, lanes] float CPU tensor with lanes a multiple of ", kLanes,
                " is needed, got ", t.sizes(), " ", t.scalar_type(), " on ", t.device());
}

ConvShape convShape(const torch::Tensor& in, const torch::Tensor& weight) {
    ConvShape s;
    s.channels = static_cast<int>(in.size(0));
    s.height = static_cast<int>(in.size(1));
    s.width = static_cast<int>(in.size(2));
    s.lanes = static_cast<int>(in.size(3));
    s.outputs = static_cast<int>(weight.size(0));
    s.kernel = static_cast<int>(weight.size(2));
    return s;
}

struct ConvFunction : torch::autograd::Function<ConvFunction> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& in, const torch::Tensor& weight,
                                 const torch::Tensor& bias, const Kernels* kernels) {
        const ConvShape s = convShape(in, weight);
        const torch::Tensor w = weight.contiguous(), b = bias.contiguous();
        torch::Tensor out = torch::empty({s.outputs, s.outHeight(), s.outWidth(), s.lanes}, in.options());
        inParallel(static_cast<std::int64_t>(channelBlocks(s.outputs)) * s.outHeight(),
                   [&](std::int64_t from, std::int64_t to) {
                       kernels->convForward(s, in.data_ptr<float>(), w.data_ptr<float>(), b.data_ptr<float>(),
                                            out.data_ptr<float>(), from, to);
                   });
        ctx->save_for_backward({in, w});
        remember(ctx, *kernels);
        return out;
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &in = saved[0], &w = saved[1];
        const torch::Tensor gradOut = grads[0].contiguous();
        const Kernels& kernels = recall(ctx);
        const ConvShape s = convShape(in, w);
        torch::Tensor gradIn;
        if (ctx->needs_input_grad(0)) {
            gradIn = torch::empty_like(in);
            inParallel(static_cast<std::int64_t>(channelBlocks(s.channels)) * s.height,
                       [&](std::int64_t from, std::int64_t to) {
                           kernels.convBackwardInput(s, gradOut.data_ptr<float>(), w.data_ptr<float>(),
                                                     gradIn.data_ptr<float>(), from, to);
                       });
        }
        torch::Tensor gradWeight = torch::empty_like(w);
        inParallel(static_cast<std::int64_t>(channelBlocks(s.outputs)) * pairs(s.channels) * s.kernel,
                   [&](std::int64_t from, std::int64_t to) {
                       kernels.convBackwardWeight(s, in.data_ptr<float>(), gradOut.data_ptr<float>(),
                                                  gradWeight.data_ptr<float>(), from, to);
                   });
        // Padding lanes of gradOut are 0, so summing them too is exact.
        const torch::Tensor gradBias = gradOut.sum({1, 2, 3});
        return {gradIn, gradWeight, gradBias, torch::Tensor()};
    }
};

struct MaxPoolFunction : torch::autograd::Function<MaxPoolFunction> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& in, const Kernels* kernels) {
        const auto c = in.size(0), h = in.size(1), w = in.size(2), lanes = in.size(3);
        torch::Tensor out = torch::empty({c, h / 2, w / 2, lanes}, in.options());
        inParallel(c, [&](std::int64_t from, std::int64_t to) {
            kernels->maxPoolForward(static_cast<int>(h), static_cast<int>(w), static_cast<int>(lanes),
                                    in.data_ptr<float>(), out.data_ptr<float>(), from, to);
        });
        ctx->save_for_backward({in});
        remember(ctx, *kernels);
        return out;
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const torch::Tensor in = ctx->get_saved_variables()[0];
        const torch::Tensor gradOut = grads[0].contiguous();
        const Kernels& kernels = recall(ctx);
        torch::Tensor gradIn = torch::zeros_like(in);
        inParallel(in.size(0), [&](std::int64_t from, std::int64_t to) {
            kernels.maxPoolBackward(static_cast<int>(in.size(1)), static_cast<int>(in.size(2)),
                                    static_cast<int>(in.size(3)), in.data_ptr<float>(),
                                    gradOut.data_ptr<float>(), gradIn.data_ptr<float>(), from, to);
        });
        return {gradIn, torch::Tensor()};
    }
};

NormShape normShape(const torch::Tensor& in, std::int64_t images) {
    NormShape s;
    s.channels = static_cast<int>(in.size(0));
    s.pixels = static_cast<int>(in.size(1) * in.size(2));
    s.lanes = static_cast<int>(in.size(3));
    s.images = static_cast<int>(images);
    return s;
}

struct ReluNormFunction : torch::autograd::Function<ReluNormFunction> {
    // Training mode: normalises with the batch's statistics and moves the running ones toward them.
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& in, const torch::Tensor& gamma,
                                 const torch::Tensor& beta, torch::nn::BatchNorm2dImpl* norm,
                                 std::int64_t images, const Kernels* kernels) {
        const NormShape s = normShape(in, images);
        const auto& options = norm->options;
        torch::Tensor out = torch::empty_like(in);
        const auto stats = torch::TensorOptions().dtype(torch::kFloat);
        torch::Tensor mean = torch::empty({s.channels}, stats), invStd = torch::empty({s.channels}, stats),
                      variance = torch::empty({s.channels}, stats);
        const torch::Tensor g = gamma.contiguous(), b = beta.contiguous();
        inParallel(s.channels, [&](std::int64_t from, std::int64_t to) {
            kernels->reluNormTrainForward(s, in.data_ptr<float>(), g.data_ptr<float>(), b.data_ptr<float>(),
                                          options.eps(), out.data_ptr<float>(), mean.data_ptr<float>(),
                                          invStd.data_ptr<float>(), variance.data_ptr<float>(), from, to);
        });
        if (options.track_running_stats()) {
            // As LibTorch's BatchNorm2d: the counter, then an exponential average with `momentum`.
            norm->num_batches_tracked.add_(1);
            const double momentum = *options.momentum(); // reluNorm() checked it is set
            norm->running_mean.mul_(1.0 - momentum).add_(mean, momentum);
            norm->running_var.mul_(1.0 - momentum).add_(variance, momentum);
        }
        ctx->save_for_backward({in, g, mean, invStd});
        ctx->saved_data["images"] = images;
        remember(ctx, *kernels);
        return out;
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &in = saved[0], &gamma = saved[1], &mean = saved[2], &invStd = saved[3];
        const torch::Tensor gradOut = grads[0].contiguous();
        const Kernels& kernels = recall(ctx);
        const NormShape s = normShape(in, ctx->saved_data["images"].toInt());
        torch::Tensor gradIn = torch::empty_like(in), gradGamma = torch::empty_like(gamma),
                      gradBeta = torch::empty_like(gamma);
        inParallel(s.channels, [&](std::int64_t from, std::int64_t to) {
            kernels.reluNormBackward(s, in.data_ptr<float>(), gradOut.data_ptr<float>(),
                                     gamma.data_ptr<float>(), mean.data_ptr<float>(),
                                     invStd.data_ptr<float>(), gradIn.data_ptr<float>(),
                                     gradGamma.data_ptr<float>(), gradBeta.data_ptr<float>(), from, to);
        });
        return {gradIn, gradGamma, gradBeta, torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
};

#if defined(BPLAB_NATIVE_X86)
// What the processor runs (the builtins take literal names only).
bool processorHasAvx2() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
bool processorHasAvx512() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
           __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
           __builtin_cpu_supports("fma");
}
#endif

} // namespace

const Kernels* kernelsFor(std::string_view isa) {
    if (isa == "generic") return &generic::kernels;
#if defined(BPLAB_NATIVE_X86)
    if (isa == "avx2" && processorHasAvx2()) return &avx2::kernels;
    if (isa == "avx512" && processorHasAvx512()) return &avx512::kernels;
#endif
    return nullptr;
}

const Kernels* bestKernels() {
    if (const char* asked = std::getenv("BACKPROP_LAB_CPU_KERNELS")) {
        if (const Kernels* k = kernelsFor(asked)) return k;
    }
#if defined(BPLAB_NATIVE_X86)
    if (const Kernels* k = kernelsFor("avx512")) return k;
    return kernelsFor("avx2"); // null without AVX2: LibTorch's operators beat SSE2 vectors
#else
    return kernelsFor("generic");
#endif
}

int lanesFor(std::int64_t images) { return static_cast<int>((images + kLanes - 1) / kLanes * kLanes); }

torch::Tensor toLanes(const torch::Tensor& nchw) {
    const std::int64_t images = nchw.size(0);
    return torch::constant_pad_nd(nchw.permute({1, 2, 3, 0}), {0, lanesFor(images) - images}).contiguous();
}

torch::Tensor fromLanes(const torch::Tensor& lanes, std::int64_t images) {
    return lanes.slice(3, 0, images).permute({3, 0, 1, 2}).contiguous();
}

torch::Tensor conv(const Kernels& kernels, const torch::Tensor& in, const torch::Tensor& weight,
                   const torch::Tensor& bias) {
    checkLanes(in, "convolution");
    // What the kernels can compute, checked once here: they read raw arrays of these sizes.
    TORCH_CHECK(weight.dim() == 4 && weight.size(1) == in.size(0),
                "native convolution: weights of [outputs, ", in.size(0),
                ", K, K] are needed for an input of ", in.size(0), " channels, got ", weight.sizes());
    const std::int64_t k = weight.size(2);
    TORCH_CHECK(k == weight.size(3) && k >= 1 && k <= kMaxKernel && k <= in.size(1) && k <= in.size(2),
                "native convolution: the kernel must be square, from 1×1 to ", kMaxKernel, "×", kMaxKernel,
                " and no larger than the ", in.size(1), "×", in.size(2), " input; got ", k, "×",
                weight.size(3));
    TORCH_CHECK(bias.defined() && bias.dim() == 1 && bias.size(0) == weight.size(0),
                "native convolution: ", weight.size(0), " outputs need a bias of ", weight.size(0),
                " values, got a bias of shape ", bias.defined() ? bias.sizes() : torch::IntArrayRef{});
    TORCH_CHECK(weight.device().is_cpu() && bias.device().is_cpu() && weight.scalar_type() == torch::kFloat &&
                    bias.scalar_type() == torch::kFloat,
                "native convolution: float CPU weights");
    return ConvFunction::apply(in.contiguous(), weight, bias, &kernels);
}

torch::Tensor maxPool(const Kernels& kernels, const torch::Tensor& in) {
    checkLanes(in, "max-pooling");
    return MaxPoolFunction::apply(in.contiguous(), &kernels);
}

torch::Tensor reluNorm(const Kernels& kernels, const torch::Tensor& in, torch::nn::BatchNorm2dImpl& norm,
                       std::int64_t images) {
    checkLanes(in, "batch norm");
    const auto& options = norm.options;
    TORCH_CHECK(images > 0 && images <= in.size(3), "native batch norm: 1 to ", in.size(3), " images, got ",
                images);
    // The kernels read γ, β and the running statistics once per input channel.
    TORCH_CHECK(options.num_features() == in.size(0), "native batch norm: a norm of ", options.num_features(),
                " channels cannot normalise an input of ", in.size(0), " channels");
    // LibTorch's cumulative average (no momentum), untracked statistics and a norm without γ, β are
    // not what this network uses: they are refused, not imitated.
    TORCH_CHECK(options.affine() && options.track_running_stats() && options.momentum().has_value() &&
                    norm.weight.device().is_cpu(),
                "native batch norm: affine, with running statistics and a momentum, on the CPU");
    if (norm.is_training())
        return ReluNormFunction::apply(in.contiguous(), norm.weight, norm.bias, &norm, images, &kernels);
    // Evaluation: no statistics to learn; differentiable through LibTorch's ops should anyone ask.
    if (torch::GradMode::is_enabled()) {
        const auto shape = std::vector<std::int64_t>{-1, 1, 1, 1};
        const torch::Tensor inv = (norm.running_var + norm.options.eps()).rsqrt().view(shape);
        return ((torch::relu(in) - norm.running_mean.view(shape)) * inv * norm.weight.view(shape) +
                norm.bias.view(shape));
    }
    const torch::Tensor input = in.contiguous();
    const NormShape s = normShape(input, images);
    torch::Tensor out = torch::empty_like(input);
    inParallel(s.channels, [&](std::int64_t from, std::int64_t to) {
        kernels.reluNormEvalForward(s, input.data_ptr<float>(), norm.weight.data_ptr<float>(),
                                    norm.bias.data_ptr<float>(), norm.running_mean.data_ptr<float>(),
                                    norm.running_var.data_ptr<float>(), norm.options.eps(),
                                    out.data_ptr<float>(), from, to);
    });
    return out;
}

torch::Tensor dropout(const Kernels& kernels, const torch::Tensor& in, double drop, bool training) {
    if (!training || drop <= 0.0) return in;
    TORCH_CHECK(drop < 1.0 && in.scalar_type() == torch::kFloat && in.device().is_cpu(),
                "native dropout: a rate below 1 on a float CPU tensor");
    // One draw from LibTorch's generator seeds the hash, so torch::manual_seed decides the masks.
    const auto seed = static_cast<std::uint64_t>(
        torch::randint(std::numeric_limits<std::int64_t>::max(), {1}, torch::kLong).item<std::int64_t>());
    torch::Tensor mask = torch::empty_like(in);
    const float rate = static_cast<float>(drop);
    at::parallel_for(0, mask.numel(), /*grain_size=*/32768, [&](std::int64_t from, std::int64_t to) {
        kernels.dropoutMask(seed, rate, mask.data_ptr<float>(), from, to);
    });
    return in * mask; // LibTorch's product: its gradient is gradOut · mask
}

torch::Tensor forward(const Kernels& kernels, MnistNetImpl& net, const torch::Tensor& x,
                      const LayerObserver& observe) {
    const std::int64_t images = x.size(0);
    const bool training = net.is_training();
    const double drop = net.dropout->options.p();
    // Only a watched pass takes each output out of the lanes: training's passes skip it.
    auto record = [&](const char* type, const torch::Tensor& lanes, const torch::nn::Module* layer) {
        if (observe) observe(type, fromLanes(lanes, images), layer);
        return lanes;
    };
    auto block = [&](torch::nn::Conv2d& conv2d, torch::nn::BatchNorm2d& norm, const torch::Tensor& in) {
        const torch::Tensor out =
            record("Conv2d", conv(kernels, in, conv2d->weight, conv2d->bias), conv2d.get());
        return record("ReLU+BatchNorm2d", reluNorm(kernels, out, *norm, images), norm.get());
    };
    auto dropOut = [&](const torch::Tensor& in) {
        return record("Dropout", dropout(kernels, in, drop, training), net.dropout.get());
    };
    torch::Tensor t = toLanes(x.contiguous());                      // 1×28×28
    t = block(net.conv1, net.norm1, t);                             // → 4×24×24
    t = block(net.conv2, net.norm2, t);                             // → 8×22×22
    t = dropOut(record("MaxPool2d", maxPool(kernels, t), nullptr)); // → 8×11×11
    t = dropOut(block(net.conv3, net.norm3, t));                    // → 16×9×9
    t = block(net.conv4, net.norm4, t);                             // → 32×7×7
    t = dropOut(block(net.conv5, net.norm5, t));                    // → 16×5×5
    // Global average pooling and the classifier on [images, 16]: small, LibTorch's ops.
    const torch::Tensor pooled = t.mean({1, 2}).slice(1, 0, images).t();
    if (observe) observe("AvgPool2d", pooled.view({images, -1, 1, 1}), nullptr);
    const torch::Tensor logits = net.fc->forward(pooled);
    if (observe) observe("Linear", logits, net.fc.get());
    return torch::log_softmax(logits, /*dim=*/1);
}

} // namespace bplab::native
