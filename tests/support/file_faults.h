#pragma once

// Faults a file write meets in the field, made on demand in a test without privileges or mounts:
// a disk that fills up mid-write, a folder the user may not write to, and a full device.

#include <gtest/gtest.h>

#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>

namespace bplab::testing {

// While alive, no file of this process may grow past `bytes`: a write beyond fails with EFBIG, as a
// write fails with ENOSPC on a disk that fills up (SIGXFSZ, which would end the process, is ignored).
// The limit is the whole process's: use it while no other thread writes.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        EXPECT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0) << "could not limit file sizes";
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
};

// While alive, `folder` is read-only (r-x) to the calling thread. Root ignores permissions, and tests
// often run as root: then this thread also gives up the capabilities that override them (Linux
// capabilities are per thread; they come back from the permitted set in the destructor).
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(std::filesystem::path folder)
        : m_folder(std::move(folder)) {
        m_permissions = std::filesystem::status(m_folder).permissions();
        std::filesystem::permissions(
            m_folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                          std::filesystem::perms::group_read | std::filesystem::perms::group_exec);
        if (geteuid() == 0 && capget(m_saved)) {
            __user_cap_data_struct lowered[2] = {m_saved[0], m_saved[1]};
            lowered[0].effective &= ~(bit(CAP_DAC_OVERRIDE) | bit(CAP_DAC_READ_SEARCH) | bit(CAP_FOWNER));
            m_lowered = capset(lowered);
            EXPECT_TRUE(m_lowered) << "could not drop root's permission override";
        }
    }
    ~ReadOnlyFolder() {
        if (m_lowered) capset(m_saved);
        std::filesystem::permissions(m_folder, m_permissions);
    }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

private:
    static __u32 bit(int capability) { return 1u << static_cast<unsigned>(capability); }
    static bool capget(__user_cap_data_struct* data) {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        return syscall(SYS_capget, &header, data) == 0;
    }
    static bool capset(__user_cap_data_struct* data) {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        return syscall(SYS_capset, &header, data) == 0;
    }

    std::filesystem::path m_folder;
    std::filesystem::perms m_permissions{};
    __user_cap_data_struct m_saved[2]{};
    bool m_lowered = false;
};

// A link named `name` in `folder` to /dev/full, a device that fails every write with ENOSPC: what a
// user gets who exports onto a full disk. /dev/full itself is only ever written to, never replaced.
inline std::filesystem::path linkToFullDevice(const std::filesystem::path& folder, const std::string& name) {
    const std::filesystem::path link = folder / name;
    std::filesystem::create_symlink("/dev/full", link);
    return link;
}

// Whether /dev/full is still the character device (a write that replaced it would leave a file).
inline bool fullDeviceIsIntact() { return std::filesystem::is_character_file("/dev/full"); }

} // namespace bplab::testing
