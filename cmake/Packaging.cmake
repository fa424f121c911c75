# What `cmake --build build --target package` (./scripts/package) puts in the two Debian
# packages: werkbank (the window, its menu entry, icon and AppStream file) and werkbank-cli
# (the command line alone, for servers without a desktop; werkbank depends on it).
# Every install() names its COMPONENT: one without would end up in neither package.
include(GNUInstallDirs)

# qt_standard_project_setup() gives every program an install RUNPATH of $ORIGIN/../lib;
# ours link only Debian's libraries, which need none.
set_target_properties(werkbank werkbank-cli PROPERTIES INSTALL_RPATH "")
install(TARGETS werkbank RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT gui)
install(TARGETS werkbank-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
# The translations are compiled into both programs (translations/CMakeLists.txt), so the
# packages carry them without a .qm file of their own.

# Man pages from each program's --help, made at build time. HOME=~ makes the default
# workspace path read ~/.local/share/… rather than the builder's home; the GUI's --help
# needs a platform, and offscreen is one without a display (what Qt says on stderr about
# it is left out of the page).
find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(werkbank_man_werkbank "the system administrator's workbench (inventory, SSH sessions, accounts, tickets)")
  set(werkbank_man_werkbank-cli "Werkbank's command line: inventory, runs, accounts, tickets and workspaces from scripts")
  foreach(program werkbank werkbank-cli)
    add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/man/${program}.1.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
      COMMAND ${CMAKE_COMMAND} -E env --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME --unset=LANGUAGE
              HOME=~ LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
              ${HELP2MAN} --no-info -s 1 -n "${werkbank_man_${program}}"
              -o ${PROJECT_BINARY_DIR}/man/${program}.1 $<TARGET_FILE:${program}>
      COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/man/${program}.1
      DEPENDS ${program}
      COMMENT "Writing the man page of ${program} from its --help"
      VERBATIM)
  endforeach()
  add_custom_target(werkbank_man_pages ALL DEPENDS ${PROJECT_BINARY_DIR}/man/werkbank.1.gz ${PROJECT_BINARY_DIR}/man/werkbank-cli.1.gz)
  install(FILES ${PROJECT_BINARY_DIR}/man/werkbank.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT gui)
  install(FILES ${PROJECT_BINARY_DIR}/man/werkbank-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT cli)
else()
  message(WARNING "help2man is missing (./scripts/setup installs it): the packages will have no man pages")
endif()

# bash-completion's own folder, relative so that the package's prefix applies (pkg-config
# would give an absolute /usr path).
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/werkbank-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT cli)
install(FILES ${PROJECT_SOURCE_DIR}/resources/nl.werkbank.Werkbank.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT gui)
install(FILES ${PROJECT_SOURCE_DIR}/resources/nl.werkbank.Werkbank.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT gui)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/werkbank.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT gui)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME werkbank)
set(CPACK_PACKAGE_VENDOR "The Werkbank developers")
set(CPACK_PACKAGE_CONTACT "The Werkbank developers <werkbank@example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL gui cli)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
# The shared libraries both programs need come from dpkg-shlibdeps. What they load at run
# time (Qt's plugins) and start (ssh-agent, xfreerdp) it cannot see, so those are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_GUI_PACKAGE_NAME werkbank)
set(CPACK_DEBIAN_CLI_PACKAGE_NAME werkbank-cli)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "libqt6sql6-psql, openssh-client")
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, openssh-client, fonts-droid-fallback, fonts-noto-color-emoji")
set(CPACK_DEBIAN_GUI_PACKAGE_SUGGESTS "freerdp2-x11, tigervnc-viewer")
# No CPACK_PACKAGE_DESCRIPTION_SUMMARY: CPackDeb would put it before both descriptions.
set(CPACK_DEBIAN_GUI_DESCRIPTION "system administrator's workbench: inventory, SSH sessions, accounts, tickets
Werkbank keeps an inventory of sites, groups and hosts, opens SSH terminals, file
browsers, tunnels and remote desktops, runs one command on many hosts, resets
passwords on Linux hosts and in Active Directory or OpenLDAP, and keeps helpdesk
tickets whose work log records what was done. English and Dutch.")
set(CPACK_DEBIAN_CLI_DESCRIPTION "command line of the Werkbank admin workbench
werkbank-cli works on a Werkbank workspace (SQLite, or a team's PostgreSQL) without
a desktop: import and export the inventory, run commands and gather facts on many
hosts over SSH, copy files, act on accounts and open or update tickets from mail
hooks and monitoring scripts.")
# The version the build stamped into the programs, read when cpack runs (it may be newer
# than this configure); the window's package wants the command line of the same build.
configure_file(${PROJECT_SOURCE_DIR}/cmake/CPackOptions.cmake.in ${PROJECT_BINARY_DIR}/CPackOptions.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackOptions.cmake)
include(CPack)
