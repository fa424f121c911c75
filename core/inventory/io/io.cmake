# Import and export of inventory files (owned by core/CMakeLists.txt's include).
list(APPEND WERKBANK_IO_SOURCES
  inventory/io/ImportTypes.h
  inventory/io/Importers.h
  inventory/io/ImportApplier.h
  inventory/io/Exporters.h
)
