// zlib, for reading gzip-compressed MATSim networks (network.xml.gz). Used only by Network.
#include <zlib.h>
