#include "engine.h"

#include "store/workspace.h"

namespace sb {

Engine::Engine(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::start(const Options &options)
{
    using R = Result<std::unique_ptr<Engine>>;
    auto workspace = Workspace::open(options.workspaceDir,
                                     options.createIfMissing ? Workspace::OpenMode::CreateIfMissing
                                                             : Workspace::OpenMode::MustExist,
                                     options.clock);
    if (!workspace)
        return R::failure(workspace.error());
    std::unique_ptr<Engine> engine(new Engine(workspace.take()));
    return engine;
}

} // namespace sb
