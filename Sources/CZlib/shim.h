// zlib, for reading gzip-compressed data files (network.xml.gz, demand.csv.gz). Used only by DataFiles.
#include <zlib.h>
