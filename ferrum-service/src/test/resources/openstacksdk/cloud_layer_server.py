#!/usr/bin/python3
"""One server's life through openstacksdk's cloud layer, the calls Ansible's
openstack.cloud.server module makes: create_server(wait=True), get_server, delete_server(wait=True).

Run by OpenStackSdkIT with Debian's /usr/bin/python3 and python3-openstacksdk against
`ferrum serve`, with only a clouds.yaml (OS_CLIENT_CONFIG_FILE). It does not judge: it prints one
JSON document on stdout with what it saw, for the test to assert on, and exits 0 when every call
returned, 1 when one raised (the JSON then has "error" and the step that failed).

usage: cloud_layer_server.py CLOUD SERVER_NAME IMAGE FLAVOR
"""

import json
import sys
import time
import traceback

import openstack

TIMEOUT = 120


def port_view(port):
    return {
        "id": port.id,
        "network_id": port.network_id,
        "device_id": port.device_id,
        "mac_address": port.mac_address,
        "fixed_ips": [
            {"subnet_id": ip.get("subnet_id"), "ip_address": ip.get("ip_address")}
            for ip in (port.fixed_ips or [])
        ],
    }


def addresses_of(server):
    return [a["addr"] for net in (server["addresses"] or {}).values() for a in net]


def main():
    cloud, name, image, flavor = sys.argv[1:5]
    out = {"sdk_version": openstack.version.__version__, "step": "connect"}
    server_id = None
    conn = openstack.connect(cloud=cloud)
    try:
        out["step"] = "create_server"
        started = time.monotonic()
        server = conn.create_server(
            name, image=image, flavor=flavor, wait=True, timeout=TIMEOUT
        )
        server_id = server["id"]
        out["create_seconds"] = round(time.monotonic() - started, 1)
        out["created"] = {
            "id": server_id,
            "status": server["status"],
            "addresses": server["addresses"],
            "private_v4": server.get("private_v4"),
        }

        out["step"] = "get_server"
        # the proxy layer's GET by id: the cloud layer's cached list could hide a deletion
        again = conn.compute.find_server(server_id, ignore_missing=True)
        out["exists_after_create"] = again is not None
        out["status_after_create"] = again.status if again else None

        out["step"] = "ports(device_id)"
        ports = [port_view(p) for p in conn.network.ports(device_id=server_id)]
        out["ports_before_delete"] = ports
        ips = addresses_of(server)

        out["step"] = "delete_server"
        out["deleted"] = conn.delete_server(name, wait=True, timeout=TIMEOUT)
        out["exists_after_delete"] = (
            conn.compute.find_server(server_id, ignore_missing=True) is not None
        )

        out["step"] = "ports(device_id) after delete"
        out["ports_after_delete"] = [
            port_view(p) for p in conn.network.ports(device_id=server_id)
        ]
        out["ports_with_released_ip"] = [
            port_view(p)
            for ip in ips
            for p in conn.network.ports(fixed_ips=["ip_address=" + ip])
        ]

        # the released address can be taken again: a port asking for it by name succeeds
        out["step"] = "reuse the released address"
        out["reused"] = []
        for port in ports:
            for fixed in port["fixed_ips"]:
                taken = conn.network.create_port(
                    network_id=port["network_id"],
                    name=name + "-reuse",
                    fixed_ips=[fixed],
                )
                out["reused"].append(
                    [ip["ip_address"] for ip in (taken.fixed_ips or [])]
                )
                conn.network.delete_port(taken, ignore_missing=False)
        out["step"] = "done"
        print(json.dumps(out, indent=2, sort_keys=True))
        return 0
    except Exception as e:  # report any failure as data, with what happened to the server
        out["error"] = "%s: %s" % (type(e).__name__, e)
        out["traceback"] = traceback.format_exc()
        try:
            out["servers_left"] = [
                {"id": s.id, "name": s.name, "status": s.status}
                for s in conn.compute.servers()
            ]
        except Exception as listing:
            out["servers_left"] = "could not list: %s" % listing
        print(json.dumps(out, indent=2, sort_keys=True, default=str))
        return 1


if __name__ == "__main__":
    sys.exit(main())
