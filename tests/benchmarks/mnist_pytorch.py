#!/usr/bin/python3
"""The MNIST CNN and default recipe of `backprop-lab train`, written in Python PyTorch: the baseline
that mnist_speed.sh compares against. Same layers, same one-cycle SGD, same augmentation, same
uint8-in-memory data with per-batch normalisation, same batch size and thread count.

Usage: mnist_pytorch.py DATA_DIR EPOCHS THREADS [RECIPE]
RECIPE is "default" (augmentation, one-cycle) or "plain" (neither: a constant rate, images as they are),
as `backprop-lab train --schedule constant --no-augment`.
Prints one line per epoch: "epoch K: test accuracy A %, S s" (training and test pass).
"""
import math
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

MEAN, STD = 0.1307, 0.3081


def read_idx(path, header_ints):
    with open(path, "rb") as f:
        data = f.read()
    return np.frombuffer(data, dtype=np.uint8, offset=4 * header_ints)


class Net(nn.Module):
    def __init__(self, dropout=0.05):
        super().__init__()
        self.conv1, self.norm1 = nn.Conv2d(1, 4, 5), nn.BatchNorm2d(4)
        self.conv2, self.norm2 = nn.Conv2d(4, 8, 3), nn.BatchNorm2d(8)
        self.pool, self.dropout = nn.MaxPool2d(2), nn.Dropout(dropout)
        self.conv3, self.norm3 = nn.Conv2d(8, 16, 3), nn.BatchNorm2d(16)
        self.conv4, self.norm4 = nn.Conv2d(16, 32, 3), nn.BatchNorm2d(32)
        self.conv5, self.norm5 = nn.Conv2d(32, 16, 3), nn.BatchNorm2d(16)
        self.gap, self.fc = nn.AvgPool2d(5), nn.Linear(16, 10)

    def forward(self, x):
        x = self.norm1(F.relu(self.conv1(x)))
        x = self.norm2(F.relu(self.conv2(x)))
        x = self.dropout(self.pool(x))
        x = self.dropout(self.norm3(F.relu(self.conv3(x))))
        x = self.norm4(F.relu(self.conv4(x)))
        x = self.dropout(self.norm5(F.relu(self.conv5(x))))
        return F.log_softmax(self.fc(self.gap(x).flatten(1)), dim=1)


def prepare(images, augment):
    x = images.float().div_(255.0)
    if augment:
        b = x.size(0)
        angle = (torch.rand(b) * 2 - 1) * (7.0 * math.pi / 180.0)
        shift = (torch.rand(b, 2) * 2 - 1) * (2.0 * 2.0 / 28.0)
        cos, sin = angle.cos(), angle.sin()
        theta = torch.stack([torch.stack([cos, -sin, shift[:, 0]], 1), torch.stack([sin, cos, shift[:, 1]], 1)], 1)
        grid = F.affine_grid(theta, list(x.shape), align_corners=False)
        x = F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return x.sub_(MEAN).div_(STD)


def main():
    data_dir, epochs, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    plain = len(sys.argv) > 4 and sys.argv[4] == "plain"
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    train_x = torch.from_numpy(read_idx(f"{data_dir}/train-images-idx3-ubyte", 4).copy()).view(-1, 1, 28, 28)
    train_y = torch.from_numpy(read_idx(f"{data_dir}/train-labels-idx1-ubyte", 2).copy()).long()
    test_x = torch.from_numpy(read_idx(f"{data_dir}/t10k-images-idx3-ubyte", 4).copy()).view(-1, 1, 28, 28)
    test_y = torch.from_numpy(read_idx(f"{data_dir}/t10k-labels-idx1-ubyte", 2).copy()).long()

    batch_size, peak = 128, 0.1
    net = Net()
    optimizer = torch.optim.SGD(net.parameters(), lr=peak, momentum=0.9)
    steps_per_epoch = math.ceil(len(train_y) / batch_size)
    schedule = None if plain else torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=peak, epochs=epochs,
                                                   steps_per_epoch=steps_per_epoch, pct_start=0.3,
                                                   anneal_strategy="cos", cycle_momentum=False,
                                                   div_factor=25.0, final_div_factor=1e4)
    for epoch in range(1, epochs + 1):
        started = time.perf_counter()
        net.train()
        order = torch.randperm(len(train_y))
        for first in range(0, len(train_y), batch_size):
            idx = order[first:first + batch_size]
            x, y = prepare(train_x.index_select(0, idx), not plain), train_y.index_select(0, idx)
            optimizer.zero_grad()
            loss = F.nll_loss(net(x), y)
            loss.backward()
            optimizer.step()
            if schedule:
                schedule.step()
            loss.item()  # as backprop-lab reads every batch's loss for its progress line
        net.eval()
        correct = 0
        with torch.no_grad():
            for first in range(0, len(test_y), 1000):
                x = prepare(test_x[first:first + 1000], False)
                correct += (net(x).argmax(1) == test_y[first:first + 1000]).sum().item()
        seconds = time.perf_counter() - started
        print(f"epoch {epoch}: test accuracy {100.0 * correct / len(test_y):.2f} %, {seconds:.1f} s", flush=True)


if __name__ == "__main__":
    main()
