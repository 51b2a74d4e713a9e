# Installs the desktop integration files and the MNIST fetch script, and configures CPack (a .deb and a .tar.gz).
# Named by the application id (the AppStream id and QGuiApplication::desktopFileName).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.backproplab.BackpropLab.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.backproplab.BackpropLab.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The app runs it for File › Get MNIST… and names it in messages about missing data.
install(PROGRAMS ${CMAKE_CURRENT_LIST_DIR}/fetch-mnist.sh DESTINATION ${CMAKE_INSTALL_DATADIR}/backprop-lab)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/backprop-lab.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "backprop-lab")
set(CPACK_PACKAGE_VENDOR "Backprop Lab")
set(CPACK_PACKAGE_CONTACT "Backprop Lab developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
# Qt's own translations (its dialogs' buttons in German and Spanish); the window's own are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
