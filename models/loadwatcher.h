#pragma once

#include <QFutureWatcher>

namespace sb {

// The watcher of a model's load on the thread pool. Loads use the workspace, so one still running when
// its model goes away is waited for here: the workspace (closed after the views) must outlive it. (A
// plain QFutureWatcher lets it run on; a test that closed its workspace right after a page crashed.)
template<typename T> class LoadWatcher : public QFutureWatcher<T> {
public:
    using QFutureWatcher<T>::QFutureWatcher;
    ~LoadWatcher() override { this->waitForFinished(); }
};

} // namespace sb
