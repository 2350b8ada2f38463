#pragma once

#include "dispatcher.h"

namespace sb {

class Workspace;

// The dispatcher's services as the running engine uses them: destinations from DestinationStore
// (credentials decrypted), connectors from ConnectorRegistry, and Renderer::render with the mapping
// version each delivery was routed with (versions never change, so definitions are cached).
DeliveryServices productionDeliveryServices(Workspace *workspace);

} // namespace sb
