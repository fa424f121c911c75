# Import and export of inventory files (owned by core/CMakeLists.txt's include).
list(APPEND WERKBANK_IO_SOURCES
  inventory/io/ImportTypes.h
  inventory/io/ImportTypes.cpp
  inventory/io/Importers.h
  inventory/io/Importers.cpp
  inventory/io/ImportApplier.h
  inventory/io/ImportApplier.cpp
  inventory/io/Exporters.h
  inventory/io/ImportJob.h
  inventory/io/ImportJob.cpp
  inventory/io/Exporters.cpp
  inventory/io/ImportSupport.h
  inventory/io/ImportSupport.cpp
  inventory/io/ShellWords.h
  inventory/io/ShellWords.cpp
  inventory/io/SshConfigReader.h
  inventory/io/SshConfigReader.cpp
  inventory/io/CsvReader.h
  inventory/io/CsvReader.cpp
  inventory/io/AnsibleReader.h
  inventory/io/AnsibleReader.cpp
)
