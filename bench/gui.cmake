# bench-gui: corral-permissions with 500 snaps — start to first complete paint, memory,
# switching between snaps (root, Xvfb; the real helper on the tests' private bus, the app
# reporting through its bench hook, gui/benchreport.h).
if(CORRAL_BUILD_TESTS)
    add_executable(bench-gui gui.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/testbus.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/temproot.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/xvfb.cpp)
    target_include_directories(bench-gui PRIVATE ${PROJECT_SOURCE_DIR})
    target_link_libraries(bench-gui PRIVATE corral-interfaces corral-dbus corral-warnings)
    target_compile_definitions(bench-gui PRIVATE
        CORRAL_HELPER="$<TARGET_FILE:corral-helper>"
        CORRAL_HELPER_BUS_POLICY="${CMAKE_BINARY_DIR}/helper/org.corral.Manager1.conf"
        CORRAL_HELPER_POLKIT_ACTIONS="${CMAKE_BINARY_DIR}/helper/org.corral.policy"
        CORRAL_PERMISSIONS="$<TARGET_FILE:corral-permissions>")
    add_dependencies(bench-gui corral-helper corral-permissions)
endif()
