# bench-helper: a Connect through the bus and polkit against a bare D-Bus call and a bare
# CheckAuthorization (root; reuses the helper tests' private bus with the real polkitd).
if(CORRAL_BUILD_TESTS)
    add_executable(bench-helper helper.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/testbus.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/temproot.cpp)
    target_include_directories(bench-helper PRIVATE ${PROJECT_SOURCE_DIR})
    target_link_libraries(bench-helper PRIVATE corral-helper-core corral-warnings)
    target_compile_definitions(bench-helper PRIVATE
        CORRAL_EXAMPLES_DIR="${CMAKE_BINARY_DIR}/examples"
        CORRAL_HELPER="$<TARGET_FILE:corral-helper>"
        CORRAL_HELPER_BUS_POLICY="${CMAKE_BINARY_DIR}/helper/org.corral.Manager1.conf"
        CORRAL_HELPER_POLKIT_ACTIONS="${CMAKE_BINARY_DIR}/helper/org.corral.policy")
    add_dependencies(bench-helper corral-helper example-snaps)
endif()
