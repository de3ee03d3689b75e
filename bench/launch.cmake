# bench-launch: corral-launch against /bin/true, bwrap and firejail (root; the probe snaps
# come with the tests). Reuses the launcher tests' root-owned CORRAL_ROOT fixture.
if(CORRAL_BUILD_TESTS)
    add_executable(bench-launch launch.cpp
        ${PROJECT_SOURCE_DIR}/tests/launcher/launchroot.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/temproot.cpp)
    target_include_directories(bench-launch PRIVATE ${PROJECT_SOURCE_DIR})
    target_link_libraries(bench-launch PRIVATE corral-interfaces corral-launch-core corral-warnings)
    target_compile_definitions(bench-launch PRIVATE
        CORRAL_EXAMPLES_DIR="${CMAKE_BINARY_DIR}/examples"
        CORRAL_LAUNCHER="$<TARGET_FILE:corral-launch>")
    add_dependencies(bench-launch corral-launch example-snaps probe-snaps)
endif()
